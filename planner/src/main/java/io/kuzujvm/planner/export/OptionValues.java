package io.kuzujvm.planner.export;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.Expression;

import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a statement's options, which must be literals. */
public final class OptionValues {

    private OptionValues() {
    }

    /** The literal value of each option, by name as written, in order. */
    public static Map<String, Object> of(Map<String, Expression> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> option : options.entrySet()) {
            if (!(option.getValue() instanceof Expression.Literal literal)) {
                throw KuzuException.binder("The value of option " + option.getKey() + " must be a literal.");
            }
            values.put(option.getKey(), literal.value());
        }
        return values;
    }

    /** Removes an option named in any case; returns its value or null. */
    static Object remove(Map<String, Object> options, String name) {
        for (String key : java.util.List.copyOf(options.keySet())) {
            if (key.equalsIgnoreCase(name)) {
                return options.remove(key);
            }
        }
        return null;
    }
}
