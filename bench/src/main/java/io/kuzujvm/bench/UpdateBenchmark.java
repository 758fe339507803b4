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
 * Updates on the generated social graph, kuzu-jvm (JDBC, in memory) against native Kùzu 0.11.2
 * (in memory) in one run: a SET of every person, single-node SETs and MERGEs by primary key
 * (one auto-committed statement each), a DELETE of a tenth of the Knows rels and a DETACH
 * DELETE of a tenth of the persons. Each engine loads the graph, runs the steps, and prints the
 * time of each step and the row count it checks, so that both did the same work.
 * Usage: UpdateBenchmark [scale] [single statements] (default 0.5 = 50,000 persons, 1,000).
 */
public final class UpdateBenchmark {

    /** Runs one Cypher statement; returns the first column of its first row as a number, or -1. */
    private interface Engine extends AutoCloseable {
        long run(String cypher) throws Exception;
    }

    private UpdateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        SocialGraphFiles graph = SocialGraphFiles.generate(Files.createTempDirectory("social-graph"), scale);
        System.out.printf(Locale.ROOT, "scale %.2f: %,d persons, %,d knows, %,d single statements%n", scale,
                graph.persons(), graph.knows(), singles);
        for (int round = 0; round < 2; round++) {
            try (Engine engine = nativeKuzu()) {
                steps("native Kùzu 0.11.2", engine, graph, singles);
            }
            try (Engine engine = kuzuJvm()) {
                steps("kuzu-jvm", engine, graph, singles);
            }
        }
    }

    private static void steps(String name, Engine engine, SocialGraphFiles graph, int singles) throws Exception {
        for (String ddl : graph.schema()) {
            engine.run(ddl);
        }
        for (String copy : graph.copies()) {
            engine.run(copy);
        }
        long tenth = graph.persons() / 10;
        step(name, "SET of every person", () -> {
            engine.run("MATCH (p:Person) SET p.age = p.age + 1");
            return engine.run("MATCH (p:Person) RETURN sum(p.age)");
        });
        step(name, singles + " single SETs by key", () -> {
            for (int i = 0; i < singles; i++) {
                engine.run("MATCH (p:Person) WHERE p.id = " + (i * 7919L % graph.persons()) + " SET p.name = 'n" + i + "'");
            }
            return engine.run("MATCH (p:Person) WHERE p.name STARTS WITH 'n' RETURN count(*)");
        });
        step(name, singles + " MERGEs by key, half new", () -> {
            for (int i = 0; i < singles; i++) {
                long id = i % 2 == 0 ? i : graph.persons() + i;
                engine.run("MERGE (p:Person {id: " + id + "}) ON CREATE SET p.age = 0 ON MATCH SET p.age = 1");
            }
            return engine.run("MATCH (p:Person) RETURN count(*)");
        });
        step(name, "DELETE of Knows rels from a tenth of persons", () -> {
            engine.run("MATCH (p:Person)-[k:Knows]->(:Person) WHERE p.id < " + tenth + " DELETE k");
            return engine.run("MATCH (:Person)-[k:Knows]->(:Person) RETURN count(*)");
        });
        step(name, "DETACH DELETE of a tenth of persons", () -> {
            engine.run("MATCH (p:Person) WHERE p.id >= " + tenth + " AND p.id < " + 2 * tenth + " DETACH DELETE p");
            return engine.run("MATCH (p:Person) RETURN count(*)");
        });
    }

    private interface Step {
        long run() throws Exception;
    }

    private static void step(String engine, String name, Step step) throws Exception {
        long start = System.nanoTime();
        long check = step.run();
        System.out.printf(Locale.ROOT, "%-20s %-48s %8.0f ms  (check %,d)%n", engine, name,
                (System.nanoTime() - start) / 1e6, check);
    }

    private static Engine kuzuJvm() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:kuzu::memory:");
        Statement statement = connection.createStatement();
        return new Engine() {
            @Override
            public long run(String cypher) throws SQLException {
                if (!statement.execute(cypher)) {
                    return -1;
                }
                try (ResultSet rs = statement.getResultSet()) {
                    return rs.next() && rs.getObject(1) instanceof Number n ? n.longValue() : -1;
                }
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    private static Engine nativeKuzu() {
        com.kuzudb.Database database = new com.kuzudb.Database(":memory:");
        com.kuzudb.Connection connection = new com.kuzudb.Connection(database);
        return new Engine() {
            @Override
            public long run(String cypher) {
                try (com.kuzudb.QueryResult result = connection.query(cypher)) {
                    if (!result.isSuccess()) {
                        throw new IllegalStateException(cypher + ": " + result.getErrorMessage());
                    }
                    if (!result.hasNext()) {
                        return -1;
                    }
                    Object value = result.getNext().getValue(0).getValue();
                    return value instanceof Number n ? n.longValue() : -1;
                }
            }

            @Override
            public void close() {
                connection.close();
                database.close();
            }
        };
    }
}
