package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.planner.QueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans of attached tables against a real PostgreSQL: binary COPY of every supported type
 * (checked against the cursor path), ctid ranges on one snapshot, early stops and errors.
 */
class PostgresScanTest extends PostgresSessionTest {

    private static final int BIG_ROWS = 300_000;
    private static final String BIG_SUM = "45000150000";


    @BeforeAll
    static void startPostgres() throws Exception {
        try (Connection c = startPostgres("postgres"); Statement s = c.createStatement()) {
            // About 1,900 pages: split into ranges of 100 pages below.
            s.execute("CREATE TABLE big(id bigint, v int, s text)");
            s.execute("INSERT INTO big SELECT i, i % 7, 'row-' || i FROM generate_series(1, " + BIG_ROWS + ") i");
            s.execute("CREATE TABLE indexed(id bigint PRIMARY KEY, v int)");
            s.execute("INSERT INTO indexed SELECT i, i % 7 FROM generate_series(1, 100000) i");
            s.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
            s.execute("CREATE DOMAIN pos AS integer CHECK (VALUE > 0)");
            s.execute("""
                    CREATE TABLE typed(b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric(12,3),
                      nbig numeric(38,10), nfree numeric, t text, vc varchar(5), c char(3), nm name, by bytea,
                      d date, ts timestamp, tz timestamptz, iv interval, u uuid, j json, jb jsonb, m mood, p pos,
                      ia int4[], ta text[][], ma int8[][][], da date[], ea mood[], na numeric(5,1)[])""");
            s.execute("""
                    INSERT INTO typed VALUES
                     (true, -32768, 2147483647, -9223372036854775808, 1.5, -2.25e-300, -12345.678,
                      1234567890123456789012345678.0123456789, -1844674407370955161511, 'Zoë 😂 tab\tend', 'abc', 'ab', 'nm',
                      '\\x00ff10', '1999-12-31', '1969-07-20 20:17:40.123456', '2024-01-02 03:04:05.5+02',
                      '-1 year -2 mons +3 days -04:05:06.000007', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
                      '{"k": [1, 2]}', '{"k": "v", "a": 1}', 'happy', 7, '{1,NULL,3}', '{{a,b},{NULL,d}}',
                      '{{{1,2},{3,4}},{{5,6},{7,8}}}', '{2024-02-29,NULL}', '{sad,happy}', '{1.5,-2.0,NULL}'),
                     (false, 0, 0, 0, 'NaN', 'Infinity', 0, 0, 'NaN', '', '', '', '', '', 'infinity', '2000-01-01',
                      '2000-01-01 00:00:00+00', '0', '00000000-0000-0000-0000-000000000000', 'null', '[]', 'sad', 1,
                      '{}', '{}', '{}', '{}', '{}', '{}'),
                     (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""");
            s.execute("CREATE TYPE place AS (city text, at point)");
            s.execute("CREATE TABLE net(id int, addr inet, mac macaddr, home place, hops inet[], cost money)");
            s.execute("INSERT INTO net VALUES (1, '10.0.0.1', '08:00:2b:01:02:03', ROW('Zürich', '(8.5,47.4)'),"
                    + " '{10.0.0.2,NULL}', 12.5), (2, NULL, NULL, NULL, NULL, NULL)");
        }
    }

    @AfterEach
    void clearRangeSize() {
        System.clearProperty(PgScanStrategy.PAGES_PER_RANGE);
    }

    private void attach() {
        rows("ATTACH 'dbname=postgres user=postgres host=localhost password=secret port=" + postgres.getPort()
                + "' AS uw (dbtype postgres)");
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres");
        return dataSource;
    }

    /** Opens the scan the strategy picks for a query, as the attached database does. */
    private static PgRowSource open(String sql, List<LogicalType> types) throws SQLException {
        return PgScanStrategy.open(dataSource(), sql, Optional.empty(), types);
    }

    /** All rows of a source as Kùzu prints them. */
    private static List<String> render(PgRowSource source, List<LogicalType> types) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (source) {
            for (DataChunk chunk = source.next(); chunk != null; chunk = source.next()) {
                DataChunk current = chunk;
                current.selection().forEach(pos -> {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < types.size(); c++) {
                        values.add(ValueFormatter.format(current.vector(c).getValue(pos), types.get(c)));
                    }
                    rows.add(String.join("|", values));
                });
            }
        }
        return rows;
    }

    @Test
    void binaryCopyReadsEveryTypeAsTheCursorDoes() throws Exception {
        attach();
        List<String> copied = rows("LOAD FROM uw.typed RETURN *");
        List<LogicalType> types = session.execute("LOAD FROM uw.typed RETURN *").columnTypes();
        try (PgRowSource scan = open("SELECT * FROM typed", types)) {
            assertInstanceOf(PgCopyScan.class, scan, "every column of typed has a binary decoder");
            assertEquals(render(new PgCursorReader(PgReadOnlyTransaction.begin(dataSource()), "SELECT * FROM typed",
                    types), types), render(scan, types));
        }
        assertEquals(List.of(
                "True|-32768|2147483647|-9223372036854775808|1.500000|-0.000000|-12345.678|"
                        + "1234567890123456789012345678.0123456789|-1844674407370954899456.000000|Zoë 😂 tab\tend|abc|ab |nm|\\x00\\xFF\\x10|"
                        + "1999-12-31|1969-07-20 20:17:40.123456|2024-01-02 01:04:05.5+00|"
                        + "-1 year -2 months 3 days -04:05:06.000007|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11|"
                        + "{\"k\": [1, 2]}|{\"a\": 1, \"k\": \"v\"}|happy|7|[1,,3]|[[a,b],[,d]]|"
                        + "[[[1,2],[3,4]],[[5,6],[7,8]]]|[2024-02-29,]|[sad,happy]|[1.5,-2.0,]",
                "||||||||||||||||||||||||||||"), List.of(copied.get(0), copied.get(2)));
    }

    @Test
    void columnsWithoutBinaryDecoderComeAsTextThroughCopy() throws Exception {
        attach();
        assertEquals(List.of("1|10.0.0.1|08:00:2b:01:02:03|{city: Zürich, \"at\": {x: 8.500000, y: 47.400000}}|[10.0.0.2,]|$12.50",
                "2|||||"), rows("LOAD FROM uw.net RETURN * ORDER BY id"));
        List<LogicalType> types = session.execute("LOAD FROM uw.net RETURN *").columnTypes();
        try (PgRowSource scan = open("SELECT * FROM net ORDER BY id", types)) {
            assertInstanceOf(PgCopyScan.class, scan);
            assertEquals(render(new PgCursorReader(PgReadOnlyTransaction.begin(dataSource()),
                    "SELECT * FROM net ORDER BY id", types), types), render(scan, types));
        }
    }

    @Test
    void bigTableIsReadInCtidRangesInParallel() {
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "100");
        attach();
        assertEquals(List.of(BIG_ROWS + "|" + BIG_SUM + "|" + BIG_ROWS), rows("LOAD FROM uw.big RETURN count(*), sum(id), count(s)"));
        assertEquals(List.of("42857|6428507143"), rows("LOAD FROM uw.big WHERE v = 3 RETURN count(*), sum(id)"));
        assertEquals(42857, rows("LOAD FROM uw.big WITH id, v WHERE v = 3 RETURN id + 1").size());
        assertEquals(5, rows("LOAD FROM uw.big RETURN id LIMIT 5").size());
    }

    @Test
    void splitsOnlyPlainScansOfBigTablesWithoutIndexedFilters() throws Exception {
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "100");
        attach();
        assertTrue(splitIntoRanges("LOAD FROM uw.big RETURN *"));
        assertTrue(splitIntoRanges("LOAD FROM uw.big WHERE v = 3 RETURN s"), "v has no index");
        assertTrue(splitIntoRanges("LOAD FROM uw.big WITH id, v WHERE v = 3 RETURN id + 1"), "nested SELECT");
        assertFalse(splitIntoRanges("LOAD FROM uw.indexed WHERE id = 3 RETURN v"), "id leads the primary key");
        assertTrue(splitIntoRanges("LOAD FROM uw.indexed WHERE v = 3 RETURN id"), "v has no index");
        assertFalse(splitIntoRanges("LOAD FROM uw.big RETURN * LIMIT 5"));
        assertFalse(splitIntoRanges("LOAD FROM uw.big RETURN id ORDER BY id"));
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "100000");
        assertFalse(splitIntoRanges("LOAD FROM uw.big RETURN *"));
    }

    /**
     * Whether a query's scan runs COPYs of ctid ranges, as PostgreSQL sees it: while the result
     * is open, each scan connection shows its (last) COPY in pg_stat_activity.
     */
    private boolean splitIntoRanges(String cypher) throws SQLException {
        try (QueryResult result = session.execute(cypher);
             Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertNotNull(result.nextChunk());
            List<String> copies = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT query FROM pg_stat_activity WHERE query LIKE 'COPY%'"
                    + " AND pid <> pg_backend_pid()")) {
                while (rs.next()) {
                    copies.add(rs.getString(1));
                }
            }
            assertFalse(copies.isEmpty(), cypher + " runs COPY");
            return copies.stream().allMatch(copy -> copy.contains("\"ctid\" >= '("));
        }
    }

    @Test
    void scanSeesOneSnapshotWhileTableChanges() throws Exception {
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "100");
        attach();
        long rows = 0;
        long sum = 0;
        try (QueryResult result = session.execute("LOAD FROM uw.big RETURN id");
             Connection writer = postgres.getPostgresDatabase().getConnection();
             Statement s = writer.createStatement()) {
            DataChunk chunk = result.nextChunk();
            s.execute("BEGIN");
            s.execute("DELETE FROM big WHERE id % 2 = 0");
            s.execute("INSERT INTO big SELECT i, 0, 'new' FROM generate_series(1, 1000) i");
            s.execute("COMMIT");
            for (; chunk != null; chunk = result.nextChunk()) {
                for (int pos : chunk.selection().toArray()) {
                    rows++;
                    sum += chunk.vector(0).getLong(pos);
                }
            }
        } finally {
            restoreBig();
        }
        assertEquals(BIG_ROWS, rows);
        assertEquals(Long.parseLong(BIG_SUM), sum);
    }

    private static void restoreBig() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE big");
            s.execute("INSERT INTO big SELECT i, i % 7, 'row-' || i FROM generate_series(1, " + BIG_ROWS + ") i");
        }
    }

    @Test
    void consumerThatStopsEarlyReleasesConnections() throws Exception {
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "100");
        attach();
        QueryResult result = session.execute("LOAD FROM uw.big RETURN *");
        assertNotNull(result.nextChunk());
        assertTrue(scanConnections() >= 1);
        long start = System.nanoTime();
        result.close();
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "closing does not wait for the rest of the table");
        assertEquals(0, scanConnections());
        assertEquals(List.of("1|row-1", "2|row-2"), rows("LOAD FROM uw.big WHERE id < 3 RETURN id, s"));
        assertEquals(5, rows("LOAD FROM uw.big RETURN * LIMIT 5").size());
        assertEquals(0, scanConnections());
    }

    /** Connections of scans: every connection to the server but this one and the embedded server's own. */
    private static int scanConnections() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void tableDroppedAfterAttachIsAClearError() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE doomed(id int)");
        }
        attach();
        assertEquals(List.of(), rows("LOAD FROM uw.doomed RETURN *"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE doomed");
        }
        KuzuException error = assertThrows(KuzuException.class, () -> rows("LOAD FROM uw.doomed RETURN *"));
        assertTrue(error.getMessage().startsWith("Runtime exception: Failed to scan PostgreSQL: ERROR: relation"
                + " \"public.doomed\" does not exist"), error.getMessage());
        assertFalse(error.getMessage().contains("secret"));
        assertEquals(0, scanConnections());
    }

    @Test
    void errorInOneRangeFailsTheScan() throws Exception {
        System.setProperty(PgScanStrategy.PAGES_PER_RANGE, "10");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE prices(id int, p numeric(10,2))");
            s.execute("INSERT INTO prices SELECT i, i / 100.0 FROM generate_series(1, 20000) i");
            s.execute("INSERT INTO prices VALUES (0, 'NaN')");
        }
        attach();
        KuzuException error = assertThrows(KuzuException.class, () -> rows("LOAD FROM uw.prices RETURN sum(p)"));
        assertTrue(error.getMessage().startsWith("Conversion exception: PostgreSQL numeric NaN has no value in DECIMAL("),
                error.getMessage());
        assertEquals(0, scanConnections());
    }
}
