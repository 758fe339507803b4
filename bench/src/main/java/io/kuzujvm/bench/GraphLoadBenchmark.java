package io.kuzujvm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Loads the same generated social graph into kuzu-jvm (through JDBC, in memory) and into
 * native Kùzu 0.11.2 (in memory), and prints load time (schema, COPY of every file and a first
 * traversal that counts the Knows edges), rows/s and memory per node/edge. Each engine runs
 * twice, alternating, so the second figures are with a warm JIT.
 * Usage: GraphLoadBenchmark [scale] (default 1 = 100,000 persons, 1.7 M edges).
 */
public final class GraphLoadBenchmark {

    private GraphLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Path directory = Files.createTempDirectory("social-graph");
        SocialGraphFiles graph = SocialGraphFiles.generate(directory, scale);
        System.out.printf(Locale.ROOT, "scale %.2f: %,d nodes, %,d edges%n", scale, graph.nodes(), graph.edges());
        loadNativeKuzu(graph);
        loadKuzuJvm(graph);
        loadNativeKuzu(graph);
        loadKuzuJvm(graph);
    }

    private static void loadKuzuJvm(SocialGraphFiles graph) throws SQLException {
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement statement = connection.createStatement()) {
            for (String ddl : graph.schema()) {
                statement.execute(ddl);
            }
            for (String copy : graph.copies()) {
                statement.execute(copy);
            }
            try (ResultSet rs = statement.executeQuery("MATCH (p:Person)-[:Knows]->(q:Person) RETURN count(*)")) {
                rs.next();
                check(rs.getLong(1), graph.knows());
            }
            long elapsed = System.nanoTime() - start;
            long heap = usedHeapAfterGc() - heapBefore;
            report("kuzu-jvm (heap)", graph, elapsed, heap);
        }
    }

    private static void loadNativeKuzu(SocialGraphFiles graph) {
        long rssBefore = residentBytes();
        long start = System.nanoTime();
        try (com.kuzudb.Database database = new com.kuzudb.Database(":memory:");
             com.kuzudb.Connection connection = new com.kuzudb.Connection(database)) {
            for (String ddl : graph.schema()) {
                nativeQuery(connection, ddl);
            }
            for (String copy : graph.copies()) {
                nativeQuery(connection, copy);
            }
            try (com.kuzudb.QueryResult result = nativeQuery(connection,
                    "MATCH (p:Person)-[:Knows]->(q:Person) RETURN count(*)")) {
                check(((Number) result.getNext().getValue(0).getValue()).longValue(), graph.knows());
            }
            long elapsed = System.nanoTime() - start;
            long rss = residentBytes() - rssBefore;
            report("native Kùzu 0.11.2 (resident set)", graph, elapsed, rss);
        }
    }

    private static com.kuzudb.QueryResult nativeQuery(com.kuzudb.Connection connection, String cypher) {
        com.kuzudb.QueryResult result = connection.query(cypher);
        if (!result.isSuccess()) {
            throw new IllegalStateException(cypher + ": " + result.getErrorMessage());
        }
        return result;
    }

    private static void check(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " knows edges, found " + actual);
        }
    }

    private static void report(String engine, SocialGraphFiles graph, long nanos, long bytes) {
        double seconds = nanos / 1e9;
        long rows = graph.nodes() + graph.edges();
        System.out.printf(Locale.ROOT, "%-36s load %6.2f s  %,10.0f rows/s  %6.1f bytes per node+edge%n",
                engine, seconds, rows / seconds, (double) bytes / rows);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The process's resident set from /proc (native memory is outside the Java heap). */
    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return 0;
    }
}
