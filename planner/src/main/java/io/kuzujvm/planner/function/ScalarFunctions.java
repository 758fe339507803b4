package io.kuzujvm.planner.function;

import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.SchemaChanges;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

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
        register(new Simple("gen_random_uuid", true, false, types -> types.isEmpty() ? LogicalType.UUID : null,
                (database, types) -> args -> java.util.UUID.randomUUID()));
        for (List<Fn> family : List.of(StringFunctions.all(), NumericFunctions.all(), ListFunctions.all(),
                TemporalFunctions.all(), ConversionFunctions.all(), MapFunctions.all(), EntityFunctions.all(),
                ArrayFunctions.all(), HashFunctions.all(), PathFunctions.all())) {
            for (Fn function : family) {
                for (String name : function.names()) {
                    register(name, function);
                }
            }
        }
    }

    private ScalarFunctions() {
    }

    public static void register(ScalarFunction function) {
        register(function.name(), function);
    }

    /** Registers a function under a name; a second function under the same name is another overload. */
    private static void register(String name, ScalarFunction function) {
        FUNCTIONS.merge(name.toLowerCase(Locale.ROOT), function, Overloads::new);
    }

    public static Optional<ScalarFunction> find(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static boolean isString(LogicalType type) {
        return type.id() == TypeId.STRING || type.id() == TypeId.ANY;
    }

    /** Overloads of one name: the first whose argument types match is called. */
    private record Overloads(ScalarFunction first, ScalarFunction second) implements ScalarFunction {

        @Override
        public String name() {
            return first.name();
        }

        private ScalarFunction choose(List<LogicalType> argumentTypes) {
            return first.resultType(argumentTypes) != null ? first : second;
        }

        @Override
        public LogicalType resultType(List<LogicalType> argumentTypes) {
            return choose(argumentTypes).resultType(argumentTypes);
        }

        @Override
        public Function<Object[], Object> implementation(Database database, List<LogicalType> argumentTypes) {
            return choose(argumentTypes).implementation(database, argumentTypes);
        }

        @Override
        public boolean acceptsNulls() {
            return first.acceptsNulls() || second.acceptsNulls();
        }
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
