package io.kuzujvm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Scans a PostgreSQL table of mixed types through kuzu-jvm (LOAD FROM, filtered LOAD FROM,
 * COPY into a node table) and, as the peer in the same run, reads it with plain pgjdbc.
 * Usage: PostgresScanBenchmark [rows] (default 1,000,000).
 */
public final class PostgresScanBenchmark {

    private static final int REPETITIONS = 3;

    private PostgresScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String pgUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
            load(pgUrl, rows);
            System.out.printf(Locale.ROOT, "rows: %,d%n", rows);
            report("pgjdbc cursor read, all columns (peer)", rows, () -> rawRead(pgUrl));
            String attach = "ATTACH 'dbname=postgres user=postgres host=localhost port=" + postgres.getPort()
                    + "' AS pg (dbtype postgres)";
            try (Connection kuzu = DriverManager.getConnection("jdbc:kuzu::memory:");
                 Statement statement = kuzu.createStatement()) {
                statement.execute(attach);
                report("LOAD FROM pg.item RETURN *, all columns", rows,
                        () -> consume(statement, "LOAD FROM pg.item RETURN *"));
                report("LOAD FROM pg.item WHERE id % 100 = 0 (1%)", rows,
                        () -> consume(statement, "LOAD FROM pg.item WHERE id % 100 = 0 RETURN *"));
            }
            report("COPY Item FROM (LOAD FROM pg.item RETURN *)", rows, () -> copy(attach));
        }
    }

    private static void load(String pgUrl, int rows) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl); Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE item(id BIGINT, qty INTEGER, price DOUBLE PRECISION, name TEXT,"
                    + " active BOOLEAN, created DATE)");
            s.execute("INSERT INTO item SELECT i, i % 1000, i * 0.5, 'item-' || i, i % 2 = 0,"
                    + " DATE '2020-01-01' + (i % 1000) FROM generate_series(1, " + rows + ") i");
            s.execute("ANALYZE item");
        }
    }

    private interface Run {
        long run() throws SQLException;
    }

    /** Prints the best of a few runs: rows per second over the table's rows. */
    private static void report(String name, int rows, Run run) throws SQLException {
        long best = Long.MAX_VALUE;
        long checksum = 0;
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            checksum = run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "%-48s %8.0f ms  %,12.0f rows/s  (result %d)%n", name, best / 1e6,
                rows / (best / 1e9), checksum);
    }

    private static long rawRead(String pgUrl) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl)) {
            pg.setAutoCommit(false);
            try (Statement s = pg.createStatement()) {
                s.setFetchSize(2048);
                try (ResultSet rs = s.executeQuery("SELECT id, qty, price, name, active, created FROM item")) {
                    return drain(rs);
                }
            } finally {
                pg.rollback();
            }
        }
    }

    private static long consume(Statement statement, String cypher) throws SQLException {
        try (ResultSet rs = statement.executeQuery(cypher)) {
            return drain(rs);
        }
    }

    /** Reads every column of every row as its Java object, as a client would. */
    private static long drain(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        long count = 0;
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
            }
            count++;
        }
        return count;
    }

    /** Copies into a node table of a fresh in-memory database. */
    private static long copy(String attach) throws SQLException {
        try (Connection kuzu = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement statement = kuzu.createStatement()) {
            statement.execute(attach);
            statement.execute("CREATE NODE TABLE Item(id INT64, qty INT32, price DOUBLE, name STRING,"
                    + " active BOOL, created DATE, PRIMARY KEY(id))");
            try (ResultSet rs = statement.executeQuery("COPY Item FROM (LOAD FROM pg.item RETURN *)")) {
                rs.next();
                return Long.parseLong(rs.getString(1).split(" ")[0]);
            }
        }
    }
}
