package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** A reference to an input column: returns the column's vector itself, no copy. */
public record ColumnEvaluator(int column, LogicalType type) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        return input.vector(column);
    }
}
