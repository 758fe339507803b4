package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.vector.DataChunk;

/** COPY into a node table; see {@link TableAppendOperator}. */
public final class InsertNodesOperator extends TableAppendOperator {

    private final NodeTable table;
    private final KeyViolationFilter keyViolations;

    public InsertNodesOperator(PhysicalOperator child, NodeTable table) {
        super(child);
        this.table = table;
        this.keyViolations = null;
    }

    /** With IGNORE_ERRORS: rows with a NULL or taken key are skipped and recorded in {@code warnings}. */
    public InsertNodesOperator(PhysicalOperator child, NodeTable table, io.kuzujvm.engine.csv.CsvWarnings warnings) {
        super(child);
        this.table = table;
        this.keyViolations = new KeyViolationFilter(table, warnings);
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
        return table.append(keyViolations == null ? chunk : keyViolations.keep(chunk));
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
