package io.kuzujvm.planner.function;

import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.types.LogicalType;

import java.util.List;
import java.util.function.Function;

/**
 * A scalar function callable in expressions: its name, how its result type follows from
 * its argument types (null when the arguments do not match), and its implementation
 * (given the database, for functions with state such as nextval). Volatile functions are
 * evaluated for every row and never folded.
 */
public interface ScalarFunction {

    String name();

    /** The result type for these argument types, or null when no overload matches. */
    LogicalType resultType(List<LogicalType> argumentTypes);

    /** The function over argument values (none of them null, unless {@link #acceptsNulls()}). */
    Function<Object[], Object> implementation(Database database, List<LogicalType> argumentTypes);

    /** Whether the implementation sees null arguments; otherwise a null argument gives null. */
    default boolean acceptsNulls() {
        return false;
    }

    default boolean isVolatile() {
        return false;
    }

    /** Whether a call changes the database (nextval advances a sequence): its query runs as a write. */
    default boolean changesState() {
        return false;
    }
}
