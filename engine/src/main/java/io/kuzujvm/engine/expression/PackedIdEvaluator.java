package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** Node offsets of one table as ids packed with that table's id, so that rows of several tables can share a column. */
public final class PackedIdEvaluator implements ExpressionEvaluator {

    private final ExpressionEvaluator offsets;
    private final long tableId;

    public PackedIdEvaluator(ExpressionEvaluator offsets, long tableId) {
        this.offsets = offsets;
        this.tableId = tableId;
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector source = offsets.evaluate(input);
        ValueVector result = new ValueVector(LogicalType.INTERNAL_ID, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            if (source.isNull(pos)) {
                result.setNull(pos, true);
            } else {
                result.setLong(pos, new InternalId(tableId, source.getLong(pos)).packed());
            }
        });
        return result;
    }

    @Override
    public LogicalType type() {
        return LogicalType.INTERNAL_ID;
    }
}
