package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

/**
 * A literal of a nested type whose Kùzu type Calcite cannot infer: a struct {@code {a: x}}
 * (field names) or an empty list {@code []} (INT64[] in Kùzu). The operator carries the type.
 */
public final class ValueConstructorFunction extends SqlFunction {

    private final LogicalType valueType;

    public ValueConstructorFunction(LogicalType valueType) {
        super(valueType.id() == io.kuzujvm.engine.types.TypeId.STRUCT ? "STRUCT_PACK" : "LIST_CREATION",
                SqlKind.OTHER_FUNCTION, opBinding -> KuzuTypes.toRel(valueType), null, OperandTypes.VARIADIC,
                SqlFunctionCategory.SYSTEM);
        this.valueType = valueType;
    }

    public LogicalType valueType() {
        return valueType;
    }
}
