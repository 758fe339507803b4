package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

/** Node or rel offsets of one table as internal ids packed with the table's id (rows of several tables in one column). */
public final class PackedIdFunction extends SqlFunction {

    private final long tableId;

    public PackedIdFunction(long tableId) {
        super("PACKED_ID_" + tableId, SqlKind.OTHER_FUNCTION, opBinding -> KuzuTypes.toRel(LogicalType.INTERNAL_ID),
                null, OperandTypes.ANY, SqlFunctionCategory.SYSTEM);
        this.tableId = tableId;
    }

    public long tableId() {
        return tableId;
    }

    @Override
    public boolean isDeterministic() {
        return true;
    }
}
