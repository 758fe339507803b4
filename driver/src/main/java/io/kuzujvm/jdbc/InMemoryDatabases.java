package io.kuzujvm.jdbc;

import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.Session;

import java.util.HashMap;
import java.util.Map;

/**
 * Opens the database a URL names and hands out {@link DatabaseLease}s. A named in-memory
 * database is shared by every open connection naming it and closes with the last of them;
 * a private one lives exactly as long as its connection.
 */
final class InMemoryDatabases {

    private static final Map<String, SharedDatabase> SHARED = new HashMap<>();

    private InMemoryDatabases() {
    }

    /** A database and the duty to give it back when the connection closes. */
    interface DatabaseLease {
        GraphDatabase database();

        void release();

        /** A session on the database (a read-only one for a read-only lease of a writable database). */
        default Session openSession() {
            return database().openSession();
        }
    }

    private static final class SharedDatabase {
        final GraphDatabase database;
        int leases;

        SharedDatabase(GraphDatabase database) {
            this.database = database;
        }
    }

    static DatabaseLease openPrivate() {
        GraphDatabase database = GraphDatabase.inMemory();
        return new DatabaseLease() {
            @Override
            public GraphDatabase database() {
                return database;
            }

            @Override
            public void release() {
                database.close();
            }
        };
    }

    static DatabaseLease openShared(String name) {
        SharedDatabase shared;
        synchronized (SHARED) {
            shared = SHARED.computeIfAbsent(name, n -> new SharedDatabase(GraphDatabase.inMemory()));
            shared.leases++;
        }
        GraphDatabase database = shared.database;
        return new DatabaseLease() {
            private boolean released;

            @Override
            public GraphDatabase database() {
                return database;
            }

            @Override
            public void release() {
                synchronized (SHARED) {
                    if (released) {
                        return;
                    }
                    released = true;
                    if (--shared.leases == 0) {
                        SHARED.remove(name, shared);
                        database.close();
                    }
                }
            }
        };
    }

    /** How many connections hold the shared database NAME (0 when it does not exist); for tests. */
    static int leaseCount(String name) {
        synchronized (SHARED) {
            SharedDatabase shared = SHARED.get(name);
            return shared == null ? 0 : shared.leases;
        }
    }
}
