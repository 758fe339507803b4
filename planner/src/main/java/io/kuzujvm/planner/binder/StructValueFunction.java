package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

/** A struct literal {@code {a: x, b: y}}: the operator carries the STRUCT type with the field names. */
public final class StructValueFunction extends SqlFunction {

    private final LogicalType structType;

    public StructValueFunction(LogicalType structType) {
        super("STRUCT_PACK", SqlKind.OTHER_FUNCTION, opBinding -> KuzuTypes.toRel(structType), null,
                OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
        this.structType = structType;
    }

    public LogicalType structType() {
        return structType;
    }
}
