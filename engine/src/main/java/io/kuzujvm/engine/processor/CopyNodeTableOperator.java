package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * Drains its input into a node table and returns Kùzu's one-row summary. The copy is
 * all or nothing: on any error the table is rolled back to its previous rows.
 */
public final class CopyNodeTableOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final NodeTable table;
    private boolean done;

    public CopyNodeTableOperator(PhysicalOperator child, NodeTable table) {
        this.child = child;
        this.table = table;
    }

    @Override
    public DataChunk next() {
        if (done) {
            return null;
        }
        done = true;
        long rowsBefore = table.numRows();
        long copied = 0;
        try {
            DataChunk chunk;
            while ((chunk = child.next()) != null) {
                copied += table.append(chunk);
            }
        } catch (RuntimeException e) {
            table.rollbackTo(rowsBefore);
            throw e instanceof KuzuException ? e
                    : new KuzuException(KuzuException.Kind.COPY, String.valueOf(e.getMessage()), e);
        }
        String message = copied + " tuples have been copied to the " + table.entry().name() + " table.";
        DataChunk result = DataChunk.allocate(outputTypes(), 1);
        result.vector(0).setObject(0, message);
        result.setDense(1);
        return result;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return List.of(LogicalType.STRING);
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "CopyNodeTable(table=" + table.entry().name() + ")";
    }
}
