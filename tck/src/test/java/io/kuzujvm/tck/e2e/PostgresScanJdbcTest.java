package io.kuzujvm.tck.e2e;

import io.kuzujvm.tck.postgres.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans of an attached PostgreSQL table through JDBC on jdbc:kuzu::memory:: values of a binary
 * COPY as JDBC returns them, a table read in parallel ctid ranges, and a ResultSet closed early.
 */
class PostgresScanJdbcTest {

    /** PgScanStrategy's system property: pages per ctid range (small, so that the table splits). */
    private static final String PAGES_PER_RANGE = "kuzu.postgres.pagesPerRange";

    private static PostgresServer server;
    private Connection connection;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
        server.createDatabase("scans");
        server.runScript("scans", """
                CREATE TABLE item(id bigint, price numeric(8,2), name text, created date, uid uuid, tags text[]);
                INSERT INTO item SELECT i, i / 100.0, 'item-' || i, DATE '2020-01-01' + i % 366,
                  md5(i::text)::uuid, ARRAY['t' || i % 3] FROM generate_series(1, 200000) i;
                """);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        System.setProperty(PAGES_PER_RANGE, "100");
        connection = DriverManager.getConnection("jdbc:kuzu::memory:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + server.libpqConnectionString("scans") + "' AS pg (dbtype postgres)");
        }
    }

    @AfterEach
    void disconnect() throws SQLException {
        System.clearProperty(PAGES_PER_RANGE);
        connection.close();
    }

    @Test
    void readsValuesOfEveryColumnAndAllRowsOfASplitTable() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("LOAD FROM pg.item WHERE id = 150 RETURN *")) {
            assertTrue(rs.next());
            assertEquals(150L, rs.getLong("id"));
            assertEquals(new BigDecimal("1.50"), rs.getBigDecimal("price"));
            assertEquals("item-150", rs.getString("name"));
            assertEquals(LocalDate.of(2020, 5, 30), rs.getObject("created", LocalDate.class));
            assertEquals(UUID.fromString("7ef605fc-8dba-5425-d696-5fbd4c8fbe1f"), rs.getObject("uid"));
            assertEquals("[t0]", rs.getString("tags"));
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "LOAD FROM pg.item RETURN count(*), sum(id), sum(price), count(DISTINCT uid)")) {
            assertTrue(rs.next());
            assertEquals(200_000, rs.getLong(1));
            assertEquals(20_000_100_000L, rs.getLong(2));
            assertEquals(200_001_000.0, rs.getDouble(3), 1e-6);
            assertEquals(200_000, rs.getLong(4));
        }
    }

    @Test
    void closingAResultSetEarlyEndsTheScanInPostgres() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("LOAD FROM pg.item RETURN *");
            for (int i = 0; i < 3; i++) {
                assertTrue(rs.next());
            }
            rs.close();
        }
        try (Connection pg = server.connect("scans"); Statement statement = pg.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = 'scans' AND pid <> pg_backend_pid()")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no scan connection is left open");
        }
    }
}
