package io.kuzujvm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Scans a PostgreSQL table of mixed types through kuzu-jvm (LOAD FROM ... RETURN count(*),
 * filtered LOAD FROM, COPY into a node table) and, as the peers in the same run, reads it
 * with plain pgjdbc: binary {@code COPY ... TO STDOUT} (bytes only, no decoding) and a cursor.
 * Usage: PostgresScanBenchmark [rows] (default 5,000,000).
 */
public final class PostgresScanBenchmark {

    private static final int REPETITIONS = 3;
    private static final String COLUMNS = "id, qty, price, amount, name, active, created, updated, uid";

    private PostgresScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String pgUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
            load(pgUrl, rows);
            long copyBytes = rawCopy(pgUrl);
            System.out.printf(Locale.ROOT, "rows: %,d; pg_total_relation_size: %,d bytes; binary COPY sends %,d bytes;"
                    + " %d processors%n", rows, totalSize(pgUrl), copyBytes, Runtime.getRuntime().availableProcessors());
            System.out.println("MB/s below = binary COPY bytes of the whole table / time");
            report("pgjdbc binary COPY TO STDOUT, bytes only (peer)", rows, copyBytes, () -> rawCopy(pgUrl));
            report("pgjdbc cursor read, all columns (peer)", rows, copyBytes, () -> cursorRead(pgUrl));
            String attach = "ATTACH 'dbname=postgres user=postgres host=localhost port=" + postgres.getPort()
                    + "' AS pg (dbtype postgres)";
            try (Connection kuzu = DriverManager.getConnection("jdbc:kuzu::memory:");
                 Statement statement = kuzu.createStatement()) {
                statement.execute(attach);
                // count(*) does not prune columns: the SQL sent is SELECT * (printed here), and
                // every value of every column is decoded into the chunks count(*) then counts.
                System.out.println(single(statement, "EXPLAIN LOAD FROM pg.item RETURN count(*)"));
                report("LOAD FROM pg.item RETURN count(*), all columns", rows, copyBytes,
                        () -> Long.parseLong(single(statement, "LOAD FROM pg.item RETURN count(*)")));
                report("LOAD FROM pg.item RETURN *, getObject each value", rows, copyBytes,
                        () -> consume(statement, "LOAD FROM pg.item RETURN *"));
                report("LOAD FROM ... WHERE qty = 7 (0.1%, no index)", rows, copyBytes,
                        () -> consume(statement, "LOAD FROM pg.item WHERE qty = 7 RETURN *"));
                report("LOAD FROM ... WHERE id <= " + rows / 1000 + " (0.1%, primary key)", rows, copyBytes,
                        () -> consume(statement, "LOAD FROM pg.item WHERE id <= " + rows / 1000 + " RETURN *"));
            }
            report("COPY Item FROM pg.item", rows, copyBytes, () -> copy(attach));
        }
    }

    private static void load(String pgUrl, int rows) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl); Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE item(id BIGINT PRIMARY KEY, qty INTEGER, price DOUBLE PRECISION,"
                    + " amount NUMERIC(12,2), name TEXT, active BOOLEAN, created DATE, updated TIMESTAMP, uid UUID)");
            s.execute("INSERT INTO item SELECT i, i % 1000, i * 0.5, (i % 100000) / 100.0, 'item-' || i, i % 2 = 0,"
                    + " DATE '2020-01-01' + (i % 1000), TIMESTAMP '2020-01-01' + i * INTERVAL '1 second',"
                    + " md5(i::text)::uuid FROM generate_series(1, " + rows + ") i");
            s.execute("VACUUM ANALYZE item");
        }
    }

    private static long totalSize(String pgUrl) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl); Statement s = pg.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('item')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Run {
        long run() throws SQLException;
    }

    /** Prints the best of a few runs: rows and MB per second over the whole table. */
    private static void report(String name, int rows, long bytes, Run run) throws SQLException {
        long best = Long.MAX_VALUE;
        long checksum = 0;
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            checksum = run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        System.out.printf(Locale.ROOT, "%-52s %8.0f ms  %,12.0f rows/s  %7.1f MB/s  (result %d)%n", name, best / 1e6,
                rows / seconds, bytes / 1e6 / seconds, checksum);
    }

    /** Reads the table as binary COPY and only counts the bytes: the floor of any COPY-based scan. */
    private static long rawCopy(String pgUrl) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl)) {
            CopyOut copy = pg.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT " + COLUMNS + " FROM item) TO STDOUT (FORMAT binary)");
            long bytes = 0;
            for (byte[] message = copy.readFromCopy(); message != null; message = copy.readFromCopy()) {
                bytes += message.length;
            }
            return bytes;
        }
    }

    private static long cursorRead(String pgUrl) throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl)) {
            pg.setAutoCommit(false);
            try (Statement s = pg.createStatement()) {
                s.setFetchSize(2048);
                try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM item")) {
                    return drain(rs);
                }
            } finally {
                pg.rollback();
            }
        }
    }

    private static String single(Statement statement, String cypher) throws SQLException {
        try (ResultSet rs = statement.executeQuery(cypher)) {
            rs.next();
            return rs.getString(1);
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
            statement.execute("CREATE NODE TABLE Item(id INT64, qty INT32, price DOUBLE, amount DECIMAL(12, 2),"
                    + " name STRING, active BOOL, created DATE, updated TIMESTAMP, uid UUID, PRIMARY KEY(id))");
            return Long.parseLong(single(statement, "COPY Item FROM pg.item").split(" ")[0]);
        }
    }
}
