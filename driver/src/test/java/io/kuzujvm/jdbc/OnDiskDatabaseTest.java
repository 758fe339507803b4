package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnDiskDatabaseTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:kuzu:" + dir.resolve("graph");
    }

    private static List<String> names(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("MATCH (p:Person) RETURN p.name ORDER BY p.name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void dataSurvivesClosingAndReopening() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))");
            s.execute("CREATE (:Person {name: 'Alice', age: 30})");
            s.execute("CREATE (:Person {name: 'Bob', age: 27})");
            s.execute("CHECKPOINT");
            s.execute("CREATE (:Person {name: 'Carol', age: 41})");
        }
        assertTrue(Files.exists(dir.resolve("graph").resolve("manifest")));
        try (Connection c = DriverManager.getConnection(url())) {
            assertEquals(List.of("Alice", "Bob", "Carol"), names(c));
        }
    }

    @Test
    void connectionsToOnePathShareOneDatabase() throws SQLException {
        try (Connection a = DriverManager.getConnection(url());
             Connection b = DriverManager.getConnection(url() + "/./")) {
            assertEquals(2, OnDiskDatabases.leaseCount(dir.resolve("graph").toString()));
            try (Statement s = a.createStatement()) {
                s.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
                s.execute("CREATE (:Person {name: 'Alice'})");
            }
            assertEquals(List.of("Alice"), names(b));
        }
        assertEquals(0, OnDiskDatabases.leaseCount(dir.resolve("graph").toString()));
    }

    @Test
    void readOnlyConnectionsReadAndRefuseWrites() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            s.execute("CREATE (:Person {name: 'Alice'})");
            // beside the writable instance of this JVM: shares it, refuses writes
            try (Connection ro = DriverManager.getConnection(url() + "?read_only=true")) {
                assertEquals(List.of("Alice"), names(ro));
                SQLException e = assertThrows(SQLException.class,
                        () -> ro.createStatement().execute("CREATE (:Person {name: 'Bob'})"));
                assertTrue(e.getMessage().contains("Cannot execute write operations in a read-only database!"),
                        e.getMessage());
            }
        }
        // alone: a read-only instance, no lock taken
        try (Connection ro = DriverManager.getConnection(url() + "?read_only=true")) {
            assertEquals(List.of("Alice"), names(ro));
            SQLException e = assertThrows(SQLException.class,
                    () -> ro.createStatement().execute("CREATE NODE TABLE X(id INT64, PRIMARY KEY(id))"));
            assertTrue(e.getMessage().contains("Cannot execute write operations in a read-only database!"),
                    e.getMessage());
            try (Connection writer = DriverManager.getConnection(url()); Statement s = writer.createStatement()) {
                s.execute("CREATE (:Person {name: 'Bob'})");
            }
        }
        try (Connection c = DriverManager.getConnection(url())) {
            assertEquals(List.of("Alice", "Bob"), names(c));
        }
    }

    @Test
    void aReadOnlyUrlDoesNotCreateADatabase() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:kuzu:" + dir.resolve("none") + "?read_only=true"));
        assertTrue(e.getMessage().contains("Cannot create an empty database under READ ONLY mode"), e.getMessage());
    }
}
