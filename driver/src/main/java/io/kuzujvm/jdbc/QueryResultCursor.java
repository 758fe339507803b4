package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.planner.QueryResult;

import java.util.List;

/**
 * Rows streamed from a {@link QueryResult}, one chunk at a time. Only the positions in
 * a chunk's selection are rows. It never reads the next chunk while a row of the current
 * one is in use, because operators may refill the same vectors.
 */
final class QueryResultCursor implements RowCursor {

    private final QueryResult result;
    /** Guards the session: pulling a chunk runs the operators. */
    private final Object sessionLock;
    private DataChunk chunk;
    private int[] positions;
    private int index = -1;
    private boolean exhausted;

    QueryResultCursor(QueryResult result, Object sessionLock) {
        this.result = result;
        this.sessionLock = sessionLock;
    }

    @Override
    public List<String> columnNames() {
        return result.columnNames();
    }

    @Override
    public List<LogicalType> columnTypes() {
        return result.columnTypes();
    }

    @Override
    public boolean next() {
        index++;
        while (positions == null || index >= positions.length) {
            if (!fetchChunk()) {
                return false;
            }
            index = 0;
        }
        return true;
    }

    @Override
    public boolean hasAnyRow() {
        while (positions == null || positions.length == 0) {
            if (!fetchChunk()) {
                return false;
            }
            index = -1;
        }
        return true;
    }

    @Override
    public Boolean isLastIfKnown() {
        if (positions != null && index < positions.length - 1) {
            return false;
        }
        return exhausted ? Boolean.TRUE : null;
    }

    private boolean fetchChunk() {
        if (exhausted) {
            chunk = null;
            positions = null;
            return false;
        }
        DataChunk next;
        synchronized (sessionLock) {
            next = result.nextChunk();
        }
        if (next == null) {
            exhausted = true;
            chunk = null;
            positions = null;
            return false;
        }
        chunk = next;
        positions = next.selection().toArray();
        return true;
    }

    @Override
    public Object value(int column) {
        return chunk.vector(column).getValue(positions[index]);
    }

    @Override
    public void close() {
        exhausted = true;
        synchronized (sessionLock) {
            result.close();
        }
    }
}
