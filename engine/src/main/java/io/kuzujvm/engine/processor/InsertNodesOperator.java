package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * Drains its input into a node table, all or nothing: on any error the table is rolled
 * back to its previous rows. A bulk COPY reports errors as Copy exceptions and returns
 * Kùzu's one-row summary; a CREATE reports them as runtime errors and returns no rows.
 */
public final class InsertNodesOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final NodeTable table;
    private final boolean bulkCopy;
    private boolean done;

    public InsertNodesOperator(PhysicalOperator child, NodeTable table, boolean bulkCopy) {
        this.child = child;
        this.table = table;
        this.bulkCopy = bulkCopy;
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
        } catch (KuzuException e) {
            table.rollbackTo(rowsBefore);
            throw bulkCopy && e.kind() == KuzuException.Kind.RUNTIME ? e.withKind(KuzuException.Kind.COPY) : e;
        } catch (RuntimeException e) {
            table.rollbackTo(rowsBefore);
            throw e;
        }
        if (!bulkCopy) {
            return null;
        }
        DataChunk result = DataChunk.allocate(outputTypes(), 1);
        result.vector(0).setObject(0, copied + " tuples have been copied to the " + table.entry().name() + " table.");
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
        return (bulkCopy ? "CopyNodeTable" : "InsertNodes") + "(table=" + table.entry().name() + ")";
    }
}
