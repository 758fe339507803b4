package io.kuzujvm.jdbc;

import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The on-disk databases open in this JVM: one {@link GraphDatabase} per canonical
 * directory, shared by every connection to it and closed (with a checkpoint) when the
 * last of them closes. A {@code read_only=true} connection shares the writable instance
 * when there is one (its session refuses writes); otherwise it opens a read-only
 * instance, which takes no file lock, so it works beside a writer in another process.
 */
final class OnDiskDatabases {

    private static final Map<String, Shared> OPEN = new HashMap<>();

    private OnDiskDatabases() {
    }

    private static final class Shared {
        final String key;
        final GraphDatabase database;
        int leases;

        Shared(String key, GraphDatabase database) {
            this.key = key;
            this.database = database;
        }
    }

    static InMemoryDatabases.DatabaseLease open(String location, boolean readOnly) throws SQLException {
        Path path = canonical(location);
        String writerKey = path.toString();
        Shared shared;
        synchronized (OPEN) {
            shared = OPEN.get(writerKey);
            if (shared == null && readOnly) {
                shared = OPEN.get(writerKey + "#read_only");
            }
            if (shared == null) {
                String key = readOnly ? writerKey + "#read_only" : writerKey;
                try {
                    shared = new Shared(key, GraphDatabase.open(path, readOnly));
                } catch (RuntimeException e) {
                    throw SqlErrors.fromEngine(e);
                }
                OPEN.put(key, shared);
            }
            shared.leases++;
        }
        Shared leased = shared;
        return new InMemoryDatabases.DatabaseLease() {
            private boolean released;

            @Override
            public GraphDatabase database() {
                return leased.database;
            }

            @Override
            public Session openSession() {
                Session session = leased.database.openSession();
                session.setReadOnly(readOnly);
                return session;
            }

            @Override
            public void release() {
                synchronized (OPEN) {
                    if (released) {
                        return;
                    }
                    released = true;
                    if (--leased.leases > 0) {
                        return;
                    }
                    OPEN.remove(leased.key, leased);
                    leased.database.close();
                }
            }
        };
    }

    /** The directory's real path when it exists, else its absolute normal form. */
    private static Path canonical(String location) throws SQLException {
        try {
            Path path = Path.of(location).toAbsolutePath().normalize();
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (InvalidPathException | IOException e) {
            throw SqlErrors.withState("Invalid database path '" + location + "': " + e.getMessage(),
                    SqlErrors.UNABLE_TO_CONNECT);
        }
    }

    /** How many connections hold the database at this path (0 when none); for tests. */
    static int leaseCount(String location) throws SQLException {
        String key = canonical(location).toString();
        synchronized (OPEN) {
            Shared shared = OPEN.get(key);
            return shared == null ? 0 : shared.leases;
        }
    }
}
