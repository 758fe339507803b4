package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses how a scan reads PostgreSQL, once its transaction is open:
 * <ul>
 * <li>binary {@code COPY ... TO STDOUT}, each column in binary or as text
 *     ({@link PgCopyColumns});</li>
 * <li>with COPY, ranges of ctid pages read in parallel on one exported snapshot when the query
 *     is a plain scan of one table ({@link PgTableScanSql}) of more than {@link #pagesPerRange()}
 *     pages, and its pushed-down WHERE (if any) reads no column that leads an index. A
 *     selective filter on an indexed column runs faster as one query: PostgreSQL can then use
 *     the index, which a ctid range scan cannot (DuckDB's postgres_scanner pitfall).</li>
 * </ul>
 */
final class PgScanStrategy {

    /** System property: pages per ctid range, and the size from which a table is split (default 1000 = 8 MB). */
    static final String PAGES_PER_RANGE = "kuzu.postgres.pagesPerRange";
    private static final int DEFAULT_PAGES_PER_RANGE = 1000;

    private static final String TABLE_LAYOUT = """
            SELECT pg_catalog.pg_relation_size(c.oid) / current_setting('block_size')::int,
                   ARRAY(SELECT a.attname::text FROM pg_catalog.pg_index i
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                         WHERE i.indrelid = c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'm')""";

    private PgScanStrategy() {
    }

    /** Starts reading a pushed-down query; {@code table} is present when it is a plain scan of one table. */
    static PgRowSource open(DataSource dataSource, String sql, Optional<PgTableScanSql> table,
                            List<LogicalType> types) throws SQLException {
        Connection connection = PgReadOnlyTransaction.begin(dataSource);
        try {
            PgCopyColumns columns = PgCopyColumns.of(PgResultTypes.of(connection, sql), types);
            PgCopyDecoder decoder = new PgCopyDecoder(columns.decoders(), types);
            List<String> ranges = table.isPresent() ? ctidRanges(connection, table.get()) : List.of();
            if (ranges.size() < 2) {
                return new PgCopyScan(dataSource, connection, null, List.of(columns.copyQuery(sql)), decoder, 1);
            }
            ranges = ranges.stream().map(columns::copyQuery).toList();
            int workers = Math.min(Runtime.getRuntime().availableProcessors(), ranges.size());
            return new PgCopyScan(dataSource, connection, exportSnapshot(connection), ranges, decoder, workers);
        } catch (SQLException | RuntimeException e) {
            PgReadOnlyTransaction.end(connection);
            throw e;
        }
    }

    /** Reads with a cursor only: for queries of the user's, which need not fit into COPY. */
    static PgRowSource openCursor(DataSource dataSource, String sql, List<LogicalType> types) throws SQLException {
        Connection connection = PgReadOnlyTransaction.begin(dataSource);
        try {
            return new PgCursorReader(connection, sql, types);
        } catch (SQLException | RuntimeException e) {
            PgReadOnlyTransaction.end(connection);
            throw e;
        }
    }

    static int pagesPerRange() {
        return Integer.getInteger(PAGES_PER_RANGE, DEFAULT_PAGES_PER_RANGE);
    }

    /** The range queries of a table worth splitting, else none. The last range is open-ended. */
    private static List<String> ctidRanges(Connection connection, PgTableScanSql table) throws SQLException {
        long pages;
        Set<String> indexLeaders;
        try (PreparedStatement statement = connection.prepareStatement(TABLE_LAYOUT)) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
                pages = rs.getLong(1);
                Array leaders = rs.getArray(2);
                indexLeaders = Set.copyOf(List.of((String[]) leaders.getArray()));
            }
        }
        int pagesPerRange = pagesPerRange();
        if (pages <= pagesPerRange || !Collections.disjoint(table.filteredColumns(), indexLeaders)) {
            return List.of();
        }
        List<String> ranges = new ArrayList<>();
        for (long first = 0; first < pages; first += pagesPerRange) {
            long end = first + pagesPerRange;
            ranges.add(table.sqlForPages(first, end >= pages ? -1 : end));
        }
        return ranges;
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
