package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * The rows of one operator, run once when a reader first needs them and replayed to every
 * reader: a plan input that several branches read and that must not run twice (it writes).
 */
public final class MaterializedRows {

    private final PhysicalOperator source;
    private List<Object[]> rows;
    private boolean closed;

    public MaterializedRows(PhysicalOperator source) {
        this.source = source;
    }

    /** A new reader of all the rows. */
    public PhysicalOperator reader() {
        return new Reader();
    }

    private List<Object[]> rows() {
        if (rows == null) {
            closed = true;
            rows = ValuesOperator.readAll(source);
        }
        return rows;
    }

    private final class Reader implements PhysicalOperator {

        private ValuesOperator replay;

        @Override
        public DataChunk next() {
            if (replay == null) {
                replay = new ValuesOperator(source.outputTypes(), rows(), "Replay");
            }
            return replay.next();
        }

        @Override
        public List<LogicalType> outputTypes() {
            return source.outputTypes();
        }

        @Override
        public String describe() {
            return "Materialized(" + source.describe() + ")";
        }

        @Override
        public void close() {
            // The source closes once: after it was read to the end, or with the first reader that never read.
            if (!closed) {
                closed = true;
                source.close();
            }
        }
    }
}
