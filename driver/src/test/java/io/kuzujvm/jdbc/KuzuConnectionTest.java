package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuConnectionTest {

    @Test
    void namedInMemoryDatabaseIsSharedWhileAConnectionIsOpen() throws SQLException {
        String url = "jdbc:kuzu::memory:sharedConnTest";
        try (Connection first = DriverManager.getConnection(url);
             Connection second = DriverManager.getConnection(url)) {
            assertEquals(2, InMemoryDatabases.leaseCount("sharedConnTest"));
            try (Statement s = first.createStatement()) {
                s.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            }
            // The second connection sees the table the first created.
            try (Statement s = second.createStatement();
                 ResultSet rs = s.executeQuery("MATCH (p:Person) RETURN p.name")) {
                assertEquals(1, rs.getMetaData().getColumnCount());
                assertFalse(rs.next());
            }
        }
        assertEquals(0, InMemoryDatabases.leaseCount("sharedConnTest"));
        // Gone with the last connection: a new one starts empty.
        try (Connection again = DriverManager.getConnection(url);
             Statement s = again.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeQuery("MATCH (p:Person) RETURN p.name"));
        }
    }

    @Test
    void rowsWrittenByOneConnectionAreReadByAnother() throws SQLException {
        String url = "jdbc:kuzu::memory:sharedRowsTest";
        try (Connection first = DriverManager.getConnection(url);
             Connection second = DriverManager.getConnection(url)) {
            try (Statement s = first.createStatement()) {
                s.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
                s.execute("CREATE (:Person {name: 'Alice'})");
            }
            try (Statement s = second.createStatement();
                 ResultSet rs = s.executeQuery("MATCH (p:Person) RETURN p.name")) {
                assertTrue(rs.next());
                assertEquals("Alice", rs.getString(1));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void sharedDatabaseIsGoneWhenTheLastConnectionCloses() throws SQLException {
        String url = "jdbc:kuzu::memory:goneTest";
        try (Connection conn = DriverManager.getConnection(url)) {
            assertEquals(1, InMemoryDatabases.leaseCount("goneTest"));
        }
        assertEquals(0, InMemoryDatabases.leaseCount("goneTest"));
    }

    @Test
    void privateInMemoryDatabasesAreNotShared() throws SQLException {
        try (Connection first = DriverManager.getConnection("jdbc:kuzu::memory:");
             Connection second = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            first.createStatement().execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            // The table exists only in the first database: creating it again in the second works.
            second.createStatement().execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            SQLException e = assertThrows(SQLException.class,
                    () -> first.createStatement().execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))"));
            assertTrue(e.getMessage().contains("Person"), e.getMessage());
        }
    }

    @Test
    void autoCommitIsOnByDefaultAndCanBeTurnedOff() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            assertTrue(conn.getAutoCommit());
            conn.setAutoCommit(true);
            assertThrows(SQLException.class, conn::commit);
            assertThrows(SQLException.class, conn::rollback);
            conn.setAutoCommit(false);
            assertFalse(conn.getAutoCommit());
            conn.commit();
            conn.rollback();
            conn.setAutoCommit(true);
            assertTrue(conn.getAutoCommit());
        }
    }

    @Test
    void poolResetsOfDefaultsAreAccepted() throws SQLException {
        // What HikariCP does on every return to the pool.
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            conn.setReadOnly(false);
            conn.setAutoCommit(true);
            conn.setCatalog(null);
            conn.setSchema(null);
            conn.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            conn.setNetworkTimeout(Runnable::run, 1000);
            assertFalse(conn.isReadOnly());
            assertNull(conn.getCatalog());
            assertNull(conn.getSchema());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, conn.getTransactionIsolation());
            assertEquals(1000, conn.getNetworkTimeout());
            conn.setReadOnly(true);
            assertTrue(conn.isReadOnly());
            conn.setSchema("main");
            assertEquals("main", conn.getSchema());
        }
    }

    @Test
    void onlyForwardOnlyReadOnlyResultSets() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            conn.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY).close();
            assertThrows(SQLFeatureNotSupportedException.class,
                    () -> conn.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY));
            assertThrows(SQLFeatureNotSupportedException.class,
                    () -> conn.prepareStatement("RETURN 1", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
            assertThrows(SQLFeatureNotSupportedException.class,
                    () -> conn.prepareStatement("RETURN 1", Statement.RETURN_GENERATED_KEYS));
        }
    }

    @Test
    void nativeSqlTranslatesPlaceholders() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            assertEquals("RETURN $1, '?'", conn.nativeSQL("RETURN ?, '?'"));
        }
    }

    @Test
    void closedConnectionRejectsWorkWith08003() throws SQLException {
        Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
        Statement statement = conn.createStatement();
        assertTrue(conn.isValid(0));
        conn.close();
        conn.close(); // closing twice is allowed
        assertTrue(conn.isClosed());
        assertFalse(conn.isValid(0));
        assertTrue(statement.isClosed(), "closing a connection closes its statements");
        SQLException e = assertThrows(SQLException.class, conn::createStatement);
        assertEquals("08003", e.getSQLState());
        assertTrue(e.getMessage().contains("Connection is closed"));
        assertThrows(SQLException.class, conn::getMetaData);
        assertThrows(SQLException.class, () -> conn.prepareStatement("RETURN 1"));
    }

    @Test
    void unwrapAndClientInfo() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            assertTrue(conn.isWrapperFor(KuzuConnection.class));
            assertSame(conn, conn.unwrap(KuzuConnection.class));
            assertThrows(SQLException.class, () -> conn.unwrap(String.class));
            conn.setClientInfo("ApplicationName", "test");
            assertEquals("test", conn.getClientInfo("ApplicationName"));
            assertEquals("test", conn.getClientInfo().getProperty("ApplicationName"));
        }
    }

    @Test
    void abortClosesTheConnection() throws SQLException {
        Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:abortTest");
        conn.abort(Runnable::run);
        assertTrue(conn.isClosed());
        assertEquals(0, InMemoryDatabases.leaseCount("abortTest"));
    }
}
