package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/**
 * A compiled expression. {@link #evaluate} fills a vector with one value per position
 * of the input chunk; only the chunk's selected positions are computed.
 */
public interface ExpressionEvaluator {

    ValueVector evaluate(DataChunk input);

    LogicalType type();
}
