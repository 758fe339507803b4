package io.kuzujvm.planner.settings;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.TypeId;

import java.util.EnumMap;
import java.util.Map;

/** The current value of every {@link Setting} of a database; checked when set. */
public final class Settings {

    private final Map<Setting, Object> values = new EnumMap<>(Setting.class);

    public synchronized Object get(Setting setting) {
        return values.getOrDefault(setting, setting.defaultValue());
    }

    /** Sets an option from a literal (Long, Double, Boolean or String). */
    public synchronized void set(String name, Object value) {
        Setting setting = Setting.named(name).orElseThrow(() -> KuzuException.binder("Invalid option name: " + name + "."));
        values.put(setting, convert(setting, value));
    }

    private static Object convert(Setting setting, Object value) {
        TypeId type = setting.type().id();
        if (type == TypeId.BOOL && value instanceof Boolean) {
            return value;
        }
        if ((type == TypeId.INT64 || type == TypeId.UINT64) && value instanceof Long number) {
            if (type == TypeId.UINT64 && number < 0) {
                throw KuzuException.binder("Invalid value for option " + setting.optionName() + ": " + number + ".");
            }
            return number;
        }
        if (type == TypeId.STRING && value instanceof String) {
            return value;
        }
        throw KuzuException.binder("Expression " + value + " has data type " + typeName(value) + " but expected "
                + setting.type() + ". Implicit cast is not supported.");
    }

    private static String typeName(Object value) {
        if (value instanceof Long) {
            return "INT64";
        }
        if (value instanceof Double) {
            return "DOUBLE";
        }
        if (value instanceof Boolean) {
            return "BOOL";
        }
        return value == null ? "ANY" : "STRING";
    }
}
