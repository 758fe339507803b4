package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionTest {

    @TempDir
    Path dir;

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("MATCH (p:Person) RETURN count(*)")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String cypher) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(cypher);
        }
    }

    @Test
    void commitMakesChangesVisibleToOtherConnections() throws SQLException {
        String url = "jdbc:kuzu::memory:tx_commit";
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            exec(a, "CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            a.setAutoCommit(false);
            exec(a, "CREATE (:Person {name: 'Alice'})");
            exec(a, "CREATE (:Person {name: 'Bob'})");
            assertEquals(2, count(a));
            assertEquals(0, count(b), "uncommitted changes are invisible to other connections");
            a.commit();
            assertEquals(2, count(b));
            exec(a, "CREATE (:Person {name: 'Carol'})");
            a.rollback();
            assertEquals(2, count(a));
            assertEquals(2, count(b));
            exec(a, "CREATE (:Person {name: 'Dan'})");
            a.setAutoCommit(true);
            assertEquals(3, count(b), "turning auto-commit on commits");
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, a.getTransactionIsolation());
        }
    }

    @Test
    void anErrorRollsTheTransactionBackAndTheNextStatementBeginsANewOne() throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            exec(a, "CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            a.setAutoCommit(false);
            exec(a, "CREATE (:Person {name: 'Alice'})");
            assertThrows(SQLException.class, () -> exec(a, "CREATE (:Person {name: 'Alice'})"));
            assertEquals(0, count(a));
            exec(a, "CREATE (:Person {name: 'Bob'})");
            a.commit();
            assertEquals(1, count(a));
        }
    }

    @Test
    void aSecondWriterFailsWhileATransactionIsOpen() throws SQLException {
        String url = "jdbc:kuzu::memory:tx_writers";
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            exec(a, "CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            a.setAutoCommit(false);
            exec(a, "CREATE (:Person {name: 'Alice'})");
            SQLException e = assertThrows(SQLException.class, () -> exec(b, "CREATE (:Person {name: 'Bob'})"));
            assertTrue(e.getMessage().contains("Only one write transaction at a time"), e.getMessage());
            a.close();
            exec(b, "CREATE (:Person {name: 'Bob'})");
            assertEquals(1, count(b), "closing the connection rolled its transaction back");
        }
    }

    @Test
    void poolResetInAutoCommitIsANoOp() throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            a.setAutoCommit(true);
            a.setAutoCommit(true);
            assertTrue(a.getAutoCommit());
            assertTrue(a.getMetaData().supportsTransactions());
            a.setAutoCommit(false);
            assertFalse(a.getAutoCommit());
            a.rollback();
            a.setAutoCommit(true);
        }
    }

    @Test
    void committedTransactionSurvivesReopenAndRolledBackOneDoesNot() throws SQLException {
        String url = "jdbc:kuzu:" + dir.resolve("graph");
        try (Connection a = DriverManager.getConnection(url)) {
            exec(a, "CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            a.setAutoCommit(false);
            exec(a, "CREATE (:Person {name: 'Alice'})");
            exec(a, "CREATE (:Person {name: 'Bob'})");
            a.commit();
            exec(a, "CREATE (:Person {name: 'Carol'})");
            a.rollback();
            exec(a, "CREATE (:Person {name: 'Dan'})");
        }
        try (Connection a = DriverManager.getConnection(url)) {
            assertEquals(2, count(a));
        }
    }
}
