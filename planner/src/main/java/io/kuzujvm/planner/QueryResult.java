package io.kuzujvm.planner;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.processor.ValuesOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one statement: named, typed columns and a stream of chunks pulled
 * from the root operator. Only each chunk's selected positions are rows.
 */
public final class QueryResult implements AutoCloseable {

    private final List<String> columnNames;
    private final List<LogicalType> columnTypes;
    private final PhysicalOperator root;
    private final Runnable onClose;
    private List<QueryResult> earlierResults = List.of();
    private long updateCount = -1;
    private boolean closed;

    QueryResult(List<String> columnNames, PhysicalOperator root, Runnable onClose) {
        this.columnNames = List.copyOf(columnNames);
        this.columnTypes = List.copyOf(root.outputTypes());
        this.root = root;
        this.onClose = onClose;
    }

    /**
     * When the query text held several statements (a; b; c), the results of those before this
     * one's statement, in order and read to their end; otherwise empty.
     */
    public List<QueryResult> earlierResults() {
        return earlierResults;
    }

    QueryResult withEarlierResults(List<QueryResult> results) {
        this.earlierResults = List.copyOf(results);
        return this;
    }

    /**
     * For a statement that updates the graph and returns nothing, the rows it ran for (nodes or
     * rels created, matched rows it set or deleted); -1 for other statements.
     */
    public long updateCount() {
        return updateCount;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public List<LogicalType> columnTypes() {
        return columnTypes;
    }

    /** The next chunk of rows, or null when there are no more (the result then closes itself). */
    public DataChunk nextChunk() {
        if (closed) {
            return null;
        }
        try {
            DataChunk chunk = root.next();
            if (chunk == null) {
                close();
            }
            return chunk;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                root.close();
            } finally {
                onClose.run();
            }
        }
    }

    // ---- results made at once ----

    /** A result read to its end, so that the statements after it run on its effects, not under its snapshot. */
    static QueryResult readToEnd(QueryResult result) {
        List<Object[]> rows = new ArrayList<>();
        try (result) {
            DataChunk chunk;
            while ((chunk = result.nextChunk()) != null) {
                rows.addAll(ValuesOperator.rowsOf(chunk));
            }
        }
        QueryResult read = new QueryResult(result.columnNames(),
                new ValuesOperator(result.columnTypes(), rows, "Result"), () -> { });
        read.updateCount = result.updateCount;
        return read;
    }

    /** Runs an operator tree to the end now (for writes) and returns its rows (none if it names no columns). */
    static QueryResult materialize(List<String> names, PhysicalOperator root) {
        ValuesOperator rows = ValuesOperator.drain(root, "Result");
        if (!names.isEmpty()) {
            return new QueryResult(names, rows, () -> { });
        }
        QueryResult result = empty();
        result.updateCount = rows.rowCount();
        return result;
    }

    /** No columns, no rows: the result of a statement that only has an effect. */
    static QueryResult empty() {
        return new QueryResult(List.of(), new ValuesOperator(List.of(), List.of(), "Result"), () -> { });
    }

    /** One row of one STRING column, "result": the message a statement such as CREATE TABLE answers with. */
    static QueryResult message(String text) {
        return message("result", text);
    }

    static QueryResult message(String column, String text) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {text});
        return new QueryResult(List.of(column), new ValuesOperator(List.of(LogicalType.STRING), rows, "Message"),
                () -> { });
    }
}
