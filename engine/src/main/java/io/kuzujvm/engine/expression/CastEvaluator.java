package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueCaster;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** Converts values to another type with {@link ValueCaster}; a value that does not convert is an error. */
public record CastEvaluator(ExpressionEvaluator operand, LogicalType type) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector source = operand.evaluate(input);
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            if (source.isNull(pos)) {
                result.setNull(pos, true);
            } else {
                result.setValue(pos, ValueCaster.cast(source.getValue(pos), source.type(), type));
            }
        });
        return result;
    }
}
