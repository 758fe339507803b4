package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** A literal value (or null), repeated over the positions of the chunk. */
public record ConstantEvaluator(Object value, LogicalType type) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        int size = Math.max(1, input.numRows());
        ValueVector result = new ValueVector(type, size);
        for (int i = 0; i < size; i++) {
            result.setValue(i, value);
        }
        return result;
    }
}
