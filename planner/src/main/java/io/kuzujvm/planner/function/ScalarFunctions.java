package io.kuzujvm.planner.function;

import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.SchemaChanges;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The registry of built-in scalar functions, by case-insensitive name. */
public final class ScalarFunctions {

    private static final Map<String, ScalarFunction> FUNCTIONS = new ConcurrentHashMap<>();

    static {
        register(new Simple("nextval", true, true, types -> types.size() == 1 && isString(types.get(0))
                ? LogicalType.INT64 : null,
                (database, types) -> args -> SchemaChanges.nextval(database, (String) args[0])));
        register(new Simple("currval", true, false, types -> types.size() == 1 && isString(types.get(0))
                ? LogicalType.INT64 : null,
                (database, types) -> args -> SchemaChanges.currval(database, (String) args[0])));
        register(new Simple("upper", false, false, types -> types.size() == 1 && isString(types.get(0))
                ? LogicalType.STRING : null,
                (database, types) -> args -> ((String) args[0]).toUpperCase(Locale.ROOT)));
        register(new Simple("lower", false, false, types -> types.size() == 1 && isString(types.get(0))
                ? LogicalType.STRING : null,
                (database, types) -> args -> ((String) args[0]).toLowerCase(Locale.ROOT)));
        register(new Simple("abs", false, false, types -> types.size() == 1 && isNumeric(types.get(0))
                ? types.get(0) : null,
                (database, types) -> args -> abs(args[0])));
    }

    private ScalarFunctions() {
    }

    public static void register(ScalarFunction function) {
        FUNCTIONS.put(function.name().toLowerCase(Locale.ROOT), function);
    }

    public static Optional<ScalarFunction> find(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static boolean isString(LogicalType type) {
        return type.id() == TypeId.STRING || type.id() == TypeId.ANY;
    }

    private static boolean isNumeric(LogicalType type) {
        return switch (type.id()) {
            case INT8, INT16, INT32, INT64, INT128, UINT8, UINT16, UINT32, UINT64, FLOAT, DOUBLE, DECIMAL, SERIAL -> true;
            default -> false;
        };
    }

    private static Object abs(Object value) {
        if (value instanceof Long l) {
            return Math.abs(l);
        }
        if (value instanceof Integer i) {
            return Math.abs(i);
        }
        if (value instanceof Short s) {
            return (short) Math.abs(s);
        }
        if (value instanceof Byte b) {
            return (byte) Math.abs(b);
        }
        if (value instanceof Double d) {
            return Math.abs(d);
        }
        if (value instanceof Float f) {
            return Math.abs(f);
        }
        if (value instanceof BigDecimal d) {
            return d.abs();
        }
        if (value instanceof BigInteger i) {
            return i.abs();
        }
        return value;
    }

    /** A function defined by a type rule and an implementation factory. */
    private record Simple(String name, boolean isVolatile, boolean changesState,
                          Function<List<LogicalType>, LogicalType> typeRule,
                          BiFunction<Database, List<LogicalType>, Function<Object[], Object>> factory)
            implements ScalarFunction {

        @Override
        public LogicalType resultType(List<LogicalType> argumentTypes) {
            return typeRule.apply(argumentTypes);
        }

        @Override
        public Function<Object[], Object> implementation(Database database, List<LogicalType> argumentTypes) {
            return factory.apply(database, argumentTypes);
        }
    }
}
