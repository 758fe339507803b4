package io.kuzujvm.pg;

import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.ResultRows;
import io.kuzujvm.planner.Session;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Tests of the adapter: one real PostgreSQL server per test class, a Kùzu session per test. */
abstract class PostgresSessionTest {

    protected static EmbeddedPostgres postgres;
    protected final GraphDatabase database = GraphDatabase.inMemory();
    protected final Session session = database.openSession();

    /**
     * Starts the class's server and opens a connection to {@code databaseName}, created first
     * unless it is the default database {@code postgres}.
     */
    protected static Connection startPostgres(String databaseName) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        if (!databaseName.equals("postgres")) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + databaseName);
            }
        }
        return connect(databaseName);
    }

    protected static Connection connect(String databaseName) throws SQLException {
        return postgres.getDatabase("postgres", databaseName).getConnection();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @AfterEach
    void closeSession() {
        session.close();
        database.close();
    }

    protected List<String> rows(String cypher) {
        return ResultRows.of(session, cypher);
    }
}
