package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** IS NULL and IS NOT NULL: never null themselves. */
public record NullCheckEvaluator(ExpressionEvaluator operand, boolean negated) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector value = operand.evaluate(input);
        ValueVector result = new ValueVector(LogicalType.BOOL, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> result.setBool(pos, value.isNull(pos) != negated));
        return result;
    }

    @Override
    public LogicalType type() {
        return LogicalType.BOOL;
    }
}
