package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.function.ScalarFunction;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

import java.util.List;

/** A call of a {@link ScalarFunction} in a Calcite expression; the lowering compiles it to the function. */
public final class ScalarFunctionOperator extends SqlFunction {

    private final ScalarFunction function;
    private final List<LogicalType> argumentTypes;

    public ScalarFunctionOperator(ScalarFunction function, List<LogicalType> argumentTypes) {
        super(function.name().toUpperCase(java.util.Locale.ROOT), SqlKind.OTHER_FUNCTION, null, null,
                OperandTypes.VARIADIC, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        this.function = function;
        this.argumentTypes = List.copyOf(argumentTypes);
    }

    public ScalarFunction function() {
        return function;
    }

    public List<LogicalType> argumentTypes() {
        return argumentTypes;
    }

    @Override
    public boolean isDeterministic() {
        return !function.isVolatile();
    }

    @Override
    public boolean isDynamicFunction() {
        return function.isVolatile();
    }
}
