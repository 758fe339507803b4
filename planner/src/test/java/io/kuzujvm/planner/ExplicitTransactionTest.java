package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplicitTransactionTest {

    @TempDir
    Path dir;

    private static void run(Session session, String cypher) {
        session.execute(cypher).close();
    }

    private static List<Object> column(Session session, String cypher) {
        List<Object> values = new ArrayList<>();
        try (QueryResult result = session.execute(cypher)) {
            DataChunk chunk;
            while ((chunk = result.nextChunk()) != null) {
                DataChunk current = chunk;
                current.selection().forEach(pos -> values.add(current.vector(0).getValue(pos)));
            }
        }
        return values;
    }

    private static long count(Session session, String table) {
        return ((Number) column(session, "MATCH (n:" + table + ") RETURN count(*)").get(0)).longValue();
    }

    private static String error(Session session, String cypher) {
        return assertThrows(KuzuException.class, () -> run(session, cypher)).getMessage();
    }

    @Test
    void changesAreVisibleToTheSessionOnlyUntilCommit() {
        try (GraphDatabase database = GraphDatabase.inMemory();
             Session a = database.openSession();
             Session b = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "BEGIN TRANSACTION");
            assertTrue(a.inTransaction());
            run(a, "CREATE (:Person {id: 1})");
            run(a, "CREATE (:Person {id: 2})");
            assertEquals(2, count(a, "Person"));
            assertEquals(0, count(b, "Person"));
            run(a, "COMMIT");
            assertFalse(a.inTransaction());
            assertEquals(2, count(b, "Person"));
        }
    }

    @Test
    void rollbackDiscardsDataAndDdl() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session a = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "CREATE (:Person {id: 1})");
            run(a, "BEGIN TRANSACTION; CREATE (:Person {id: 2}); CREATE NODE TABLE City(name STRING, PRIMARY KEY(name))");
            assertEquals(2, count(a, "Person"));
            assertEquals(0, count(a, "City"));
            run(a, "ROLLBACK");
            assertEquals(1, count(a, "Person"));
            assertTrue(error(a, "MATCH (c:City) RETURN c").contains("City"));
            run(a, "CREATE (:Person {id: 2})");
            assertEquals(2, count(a, "Person"));
        }
    }

    @Test
    void kuzuErrorsAndAnErrorRollsTheTransactionBack() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session a = database.openSession()) {
            assertEquals("No active transaction for COMMIT.", error(a, "COMMIT"));
            assertEquals("No active transaction for ROLLBACK.", error(a, "ROLLBACK"));
            run(a, "BEGIN TRANSACTION");
            assertEquals("Found active transaction for CHECKPOINT.", error(a, "CHECKPOINT"));
            assertFalse(a.inTransaction());
            run(a, "BEGIN TRANSACTION");
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            assertTrue(error(a, "BEGIN TRANSACTION").startsWith("Connection already has an active transaction."));
            assertFalse(a.inTransaction());
            assertTrue(error(a, "MATCH (p:Person) RETURN p").contains("Person"));

            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "BEGIN TRANSACTION");
            run(a, "CREATE (:Person {id: 1})");
            error(a, "CREATE (:Person {id: 1})");
            assertFalse(a.inTransaction(), "the duplicate key rolled the transaction back");
            assertEquals(0, count(a, "Person"));
        }
    }

    @Test
    void readOnlyTransactionRefusesWritesAndRepeatsReads() {
        try (GraphDatabase database = GraphDatabase.inMemory();
             Session a = database.openSession();
             Session b = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "BEGIN TRANSACTION READ ONLY");
            assertEquals(0, count(a, "Person"));
            run(b, "CREATE (:Person {id: 1})");
            assertEquals(0, count(a, "Person"), "the read-only transaction keeps its snapshot");
            assertEquals("Can not execute a write query inside a read-only transaction.",
                    error(a, "CREATE (:Person {id: 2})"));
            assertTrue(a.inTransaction(), "a refused write leaves the transaction open");
            run(a, "COMMIT");
            assertEquals(1, count(a, "Person"));
        }
    }

    @Test
    void oneWriterAtATime() {
        try (GraphDatabase database = GraphDatabase.inMemory();
             Session a = database.openSession();
             Session b = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "BEGIN TRANSACTION");
            String expected = "Cannot start a new write transaction in the system. "
                    + "Only one write transaction at a time is allowed in the system.";
            assertEquals(expected, error(b, "BEGIN TRANSACTION"));
            assertEquals(expected, error(b, "CREATE (:Person {id: 5})"));
            run(b, "BEGIN TRANSACTION READ ONLY");
            run(b, "COMMIT");
            run(a, "ROLLBACK");
            run(b, "CREATE (:Person {id: 5})");
            assertEquals(1, count(a, "Person"));
        }
    }

    @Test
    void closingASessionRollsBack() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session a = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            Session b = database.openSession();
            run(b, "BEGIN TRANSACTION");
            run(b, "CREATE (:Person {id: 1})");
            b.close();
            assertEquals(0, count(a, "Person"));
            run(a, "CREATE (:Person {id: 2})");
            assertEquals(1, count(a, "Person"));
        }
    }

    @Test
    void statementsOfOneTransactionMayRunOnDifferentThreads() throws Exception {
        try (GraphDatabase database = GraphDatabase.inMemory();
             Session a = database.openSession();
             Session b = database.openSession()) {
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "BEGIN TRANSACTION");
            Thread other = new Thread(() -> run(a, "CREATE (:Person {id: 1})"));
            other.start();
            other.join();
            assertEquals(0, count(b, "Person"), "nothing of the transaction is pinned to this thread");
            Thread committer = new Thread(() -> run(a, "COMMIT"));
            committer.start();
            committer.join();
            assertEquals(1, count(b, "Person"));
            run(b, "CREATE (:Person {id: 2})");
            assertEquals(2, count(a, "Person"));
        }
    }

    @Test
    void commitIsDurableAndRollbackLeavesNothingOnDisk() {
        Path path = dir.resolve("db");
        try (GraphDatabase database = GraphDatabase.open(path, false); Session a = database.openSession()) {
            run(a, "BEGIN TRANSACTION");
            run(a, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(a, "CREATE (:Person {id: 1})");
            run(a, "CREATE (:Person {id: 2})");
            run(a, "COMMIT");
            run(a, "BEGIN TRANSACTION");
            run(a, "CREATE (:Person {id: 3})");
            run(a, "ROLLBACK");
            run(a, "BEGIN TRANSACTION");
            run(a, "CREATE (:Person {id: 4})");
        }
        try (GraphDatabase database = GraphDatabase.open(path, false); Session a = database.openSession()) {
            assertEquals(List.of(1L, 2L), column(a, "MATCH (p:Person) RETURN p.id ORDER BY p.id"));
        }
    }
}
