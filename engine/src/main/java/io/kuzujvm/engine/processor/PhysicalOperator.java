package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * A pull-based vectorized operator: each {@link #next()} returns a chunk of up to
 * {@link DataChunk#CAPACITY} rows, or null when the operator is exhausted.
 */
public interface PhysicalOperator extends AutoCloseable {

    DataChunk next();

    List<LogicalType> outputTypes();

    /** The operators this one reads from; none for a leaf (a scan). */
    default List<PhysicalOperator> children() {
        return List.of();
    }

    /** One line for EXPLAIN: the operator and its arguments. */
    String describe();

    /** Releases resources; closes the children too. */
    @Override
    default void close() {
        for (PhysicalOperator child : children()) {
            child.close();
        }
    }

    /** The operator tree as indented lines. */
    default String explain() {
        StringBuilder out = new StringBuilder();
        appendExplain(this, 0, out);
        return out.toString();
    }

    private static void appendExplain(PhysicalOperator op, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(op.describe()).append('\n');
        for (PhysicalOperator child : op.children()) {
            appendExplain(child, depth + 1, out);
        }
    }
}
