package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test scaffolding: a session on a fresh in-memory database, a temporary folder for files. */
abstract class InMemorySessionTest {

    @TempDir
    Path dir;

    final GraphDatabase database = GraphDatabase.inMemory();
    final Session session = database.openSession();

    @AfterEach
    void closeDatabase() {
        session.close();
        database.close();
    }

    /** The rows of a statement as Kùzu prints them. */
    List<String> rows(String cypher) {
        return ResultRows.of(session, cypher);
    }

    /** The message of the error a statement raises. */
    String error(String cypher) {
        return assertThrows(KuzuException.class, () -> rows(cypher)).getMessage();
    }

    /** Writes a file in the temporary folder; returns its path. */
    String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }
}
