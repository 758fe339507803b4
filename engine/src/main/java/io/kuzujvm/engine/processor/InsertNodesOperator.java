package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.vector.DataChunk;

/** COPY into a node table; see {@link TableAppendOperator}. */
public final class InsertNodesOperator extends TableAppendOperator {

    private final NodeTable table;

    public InsertNodesOperator(PhysicalOperator child, NodeTable table) {
        super(child);
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
        return "CopyNodeTable(table=" + table.entry().name() + ")";
    }
}
