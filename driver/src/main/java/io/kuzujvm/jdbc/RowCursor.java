package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/**
 * Forward-only rows under a {@link KuzuResultSet}: the one abstraction its getters read
 * from, whether rows stream from a query ({@link QueryResultCursor}) or sit in memory
 * ({@link InMemoryRowCursor}, for database metadata).
 */
interface RowCursor {

    List<String> columnNames();

    List<LogicalType> columnTypes();

    /** Moves to the next row; false when there is none. */
    boolean next();

    /** The engine value (Long, Double, String, ...) of a 0-based column in the current row, or null. */
    Object value(int column);

    /** Before the first call to next: whether there is any row (may read ahead). */
    boolean hasAnyRow();

    /** Whether the current row is the last, or null when that is not known without reading ahead. */
    Boolean isLastIfKnown();

    void close();
}
