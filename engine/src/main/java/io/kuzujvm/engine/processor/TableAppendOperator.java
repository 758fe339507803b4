package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * COPY: drains its input into a table, all or nothing: on any error the table is rolled
 * back to the rows it had. Storage errors are reported as Copy exceptions; the result is
 * Kùzu's one-row summary.
 */
abstract class TableAppendOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private boolean done;

    TableAppendOperator(PhysicalOperator child) {
        this.child = child;
    }

    abstract String tableName();

    /** The rows (or rels) the table has now. */
    abstract long rowCount();

    /** Appends the selected rows of a chunk; returns how many. */
    abstract long append(DataChunk chunk);

    abstract void rollbackTo(long rowCount);

    @Override
    public final DataChunk next() {
        if (done) {
            return null;
        }
        done = true;
        long rowsBefore = rowCount();
        long appended = 0;
        try {
            DataChunk chunk;
            while ((chunk = child.next()) != null) {
                appended += append(chunk);
            }
        } catch (KuzuException e) {
            rollbackTo(rowsBefore);
            throw e.kind() == KuzuException.Kind.RUNTIME ? e.withKind(KuzuException.Kind.COPY) : e;
        } catch (RuntimeException e) {
            rollbackTo(rowsBefore);
            throw e;
        }
        DataChunk result = DataChunk.allocate(outputTypes(), 1);
        result.vector(0).setObject(0, appended + " tuples have been copied to the " + tableName() + " table.");
        result.setDense(1);
        return result;
    }

    @Override
    public final List<LogicalType> outputTypes() {
        return List.of(LogicalType.STRING);
    }

    @Override
    public final List<PhysicalOperator> children() {
        return List.of(child);
    }
}
