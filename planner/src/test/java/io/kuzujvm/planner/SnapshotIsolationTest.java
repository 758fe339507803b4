package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotIsolationTest {

    @TempDir
    Path dir;

    private static void run(Session session, String cypher) {
        session.execute(cypher).close();
    }

    private void insert(Session session, int from, int to) {
        run(session, "COPY Person FROM \"" + idFile(from, to) + "\"");
    }

    private static long count(QueryResult result) {
        long rows = 0;
        DataChunk chunk;
        while ((chunk = result.nextChunk()) != null) {
            rows += chunk.selection().toArray().length;
        }
        return rows;
    }

    @Test
    void aReaderStartedBeforeACommitKeepsSeeingTheOldRows() {
        try (GraphDatabase database = GraphDatabase.inMemory();
             Session writer = database.openSession();
             Session reader = database.openSession()) {
            run(writer, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            insert(writer, 0, 3000);
            try (QueryResult result = reader.execute("MATCH (p:Person) RETURN p.id")) {
                DataChunk first = result.nextChunk();
                long seen = first.selection().toArray().length;
                insert(writer, 3000, 6000);
                seen += count(result);
                assertEquals(3000, seen, "the reader's snapshot");
            }
            try (QueryResult after = reader.execute("MATCH (p:Person) RETURN p.id")) {
                assertEquals(6000, count(after), "a new statement sees the commit");
            }
        }
    }

    private Path idFile(int from, int to) {
        try {
            StringBuilder text = new StringBuilder();
            for (int i = from; i < to; i++) {
                text.append(i).append('\n');
            }
            Path file = dir.resolve("ids" + from + ".csv");
            java.nio.file.Files.writeString(file, text);
            return file;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFailedStatementLeavesNothingBehind() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session session = database.openSession()) {
            run(session, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(session, "CREATE (:Person {id: 1})");
            assertThrows(KuzuException.class,
                    () -> run(session, "COPY Person FROM (RETURN 2 AS id UNION ALL RETURN 1 AS id)"));
            try (QueryResult result = session.execute("MATCH (p:Person) RETURN p.id")) {
                assertEquals(1, count(result));
            }
        }
    }

    @Test
    void checkpointStatementAndReadOnlySessions() {
        Path path = dir.resolve("db");
        try (GraphDatabase database = GraphDatabase.open(path, false); Session session = database.openSession()) {
            run(session, "CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))");
            run(session, "CREATE (:Person {id: 7})");
            try (QueryResult result = session.execute("CHECKPOINT")) {
                assertEquals(0, result.columnNames().size());
            }
            assertEquals(8, database.engine().walSize());
            session.setReadOnly(true);
            KuzuException e = assertThrows(KuzuException.class, () -> run(session, "CREATE (:Person {id: 8})"));
            assertEquals("Connection exception: Cannot execute write operations in a read-only database!",
                    e.getMessage());
        }
        try (GraphDatabase database = GraphDatabase.open(path, true); Session session = database.openSession()) {
            try (QueryResult result = session.execute("MATCH (p:Person) RETURN p.id")) {
                assertEquals(1, count(result));
            }
            assertThrows(KuzuException.class, () -> run(session, "CHECKPOINT"));
            assertTrue(session.isReadOnly());
        }
    }
}
