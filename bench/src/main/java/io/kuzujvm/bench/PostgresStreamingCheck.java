package io.kuzujvm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a scan of an attached PostgreSQL table streams: fills a table of N rows (default
 * 10,000,000), then runs {@code LOAD FROM pg.big RETURN count(*)} in a child JVM with a heap of
 * 256 MB, far smaller than the table. Usage: PostgresStreamingCheck [rows] [heap].
 */
public final class PostgresStreamingCheck {

    private PostgresStreamingCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Integer.parseInt(args[1]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        String heap = args.length > 1 ? args[1] : "256m";
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection pg = postgres.getPostgresDatabase().getConnection(); Statement s = pg.createStatement()) {
                s.execute("CREATE TABLE big(id BIGINT, v INTEGER, s TEXT, d DATE)");
                s.execute("INSERT INTO big SELECT i, i % 1000, 'row-' || i, DATE '2020-01-01' + (i % 1000)"
                        + " FROM generate_series(1, " + rows + ") i");
                s.execute("VACUUM ANALYZE big");
                try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('big'))")) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "table big: %,d rows, %s%n", rows, rs.getString(1));
                }
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    PostgresStreamingCheck.class.getName(), "child", String.valueOf(postgres.getPort())))
                    .inheritIO().start();
            int exit = child.waitFor();
            System.out.println("child JVM (-Xmx" + heap + ") exit code: " + exit);
            System.exit(exit);
        }
    }

    private static void child(int port) throws Exception {
        long start = System.nanoTime();
        try (Connection kuzu = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement statement = kuzu.createStatement()) {
            statement.execute("ATTACH 'dbname=postgres user=postgres host=localhost port=" + port
                    + "' AS pg (dbtype postgres)");
            try (ResultSet rs = statement.executeQuery("LOAD FROM pg.big RETURN count(*)")) {
                rs.next();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "count(*) = %,d in %.1f s; max heap %d MB, heap in use after %d MB%n",
                        rs.getLong(1), (System.nanoTime() - start) / 1e9, runtime.maxMemory() >> 20,
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            }
        }
    }
}
