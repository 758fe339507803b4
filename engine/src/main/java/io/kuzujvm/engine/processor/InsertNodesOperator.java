package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.vector.DataChunk;

/** Appends node rows (COPY or CREATE); see {@link TableAppendOperator}. */
public final class InsertNodesOperator extends TableAppendOperator {

    private final NodeTable table;

    public InsertNodesOperator(PhysicalOperator child, NodeTable table, boolean bulkCopy) {
        super(child, bulkCopy);
        this.table = table;
    }

    @Override
    String tableName() {
        return table.entry().name();
    }

    @Override
    long rowCount() {
        return table.numRows();
    }

    @Override
    long append(DataChunk chunk) {
        return table.append(chunk);
    }

    @Override
    void rollbackTo(long rowCount) {
        table.rollbackTo(rowCount);
    }

    @Override
    public String describe() {
        return (bulkCopy() ? "CopyNodeTable" : "InsertNodes") + "(table=" + table.entry().name() + ")";
    }
}
