package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuStatementTest {

    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:kuzu::memory:");
    }

    @Test
    void ddlReturnsAMessageRow() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            assertTrue(s.execute("CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))"));
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals("Table Person has been created.", rs.getString(1));
            }
            assertFalse(s.getMoreResults());
            assertNull(s.getResultSet());
            assertEquals(-1, s.getUpdateCount());
        }
    }

    @Test
    void severalStatementsGiveOneResultEach() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            assertTrue(s.execute("CREATE NODE TABLE P(id INT64, PRIMARY KEY(id)); CREATE (:P {id: 1});"
                    + " MATCH (p:P) RETURN p.id"));
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals("Table P has been created.", rs.getString(1));
            }
            assertFalse(s.getMoreResults());
            assertEquals(1, s.getUpdateCount(), "the CREATE created one node");
            assertTrue(s.getMoreResults());
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
        }
    }

    @Test
    void executeUpdateReportsTheRowsAnUpdateRanFor() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            assertEquals(0, s.executeUpdate("CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))"));
            assertEquals(1, s.executeUpdate("CREATE (:Person {name: 'Bob'})"));
            assertEquals(1, s.getUpdateCount());
            assertNull(s.getResultSet());
            // One row, whatever the pattern creates in it.
            assertEquals(1L, s.executeLargeUpdate("CREATE (:Person {name: 'Eve'}), (:Person {name: 'Ann'})"));
            assertEquals(3, s.executeUpdate("MATCH (p:Person) SET p.age = 1"));
            assertEquals(0, s.executeUpdate("MATCH (p:Person) WHERE p.age > 5 DELETE p"));
            assertFalse(s.execute("MATCH (p:Person) WHERE p.name = 'Bob' DELETE p"));
            assertEquals(1, s.getUpdateCount());
            try (ResultSet rs = s.executeQuery("MATCH (p:Person) RETURN count(*)")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getLong(1));
            }
        }
    }

    @Test
    void batchRunsInOrder() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            s.addBatch("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
            s.addBatch("CREATE (:Person {name: 'A'})");
            s.addBatch("CREATE (:Person {name: 'B'})");
            int[] counts = s.executeBatch();
            assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO,
                Statement.SUCCESS_NO_INFO}, counts);
            s.addBatch("CREATE (:Person {name: 'C'})");
            s.addBatch("MATC (n) RETURN n");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertEquals(1, e.getUpdateCounts().length);
            assertEquals("42601", e.getSQLState());
        }
    }

    @Test
    void executingAgainClosesThePreviousResult() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            ResultSet first = s.executeQuery("RETURN 1");
            ResultSet second = s.executeQuery("RETURN 2");
            assertTrue(first.isClosed());
            assertTrue(second.next());
            assertEquals(2, second.getInt(1));
        }
    }

    @Test
    void closeOnCompletionClosesTheStatementWithItsResult() throws SQLException {
        try (Connection conn = open()) {
            Statement s = conn.createStatement();
            s.closeOnCompletion();
            ResultSet rs = s.executeQuery("RETURN 1");
            rs.close();
            assertTrue(s.isClosed());
        }
    }

    @Test
    void closedStatementRejectsCalls() throws SQLException {
        try (Connection conn = open()) {
            Statement s = conn.createStatement();
            s.close();
            SQLException e = assertThrows(SQLException.class, () -> s.execute("RETURN 1"));
            assertTrue(e.getMessage().contains("Statement is closed"), e.getMessage());
            PreparedStatement ps = conn.prepareStatement("RETURN ?");
            ps.close();
            SQLException e2 = assertThrows(SQLException.class, () -> ps.setInt(1, 1));
            assertTrue(e2.getMessage().contains("PreparedStatement is closed"), e2.getMessage());
        }
    }

    @Test
    void settingsAreStored() throws SQLException {
        try (Connection conn = open(); Statement s = conn.createStatement()) {
            s.setQueryTimeout(30);
            assertEquals(30, s.getQueryTimeout());
            s.setFetchSize(100);
            assertEquals(100, s.getFetchSize());
            s.setMaxRows(10);
            assertEquals(10, s.getMaxRows());
            assertThrows(SQLException.class, () -> s.setMaxRows(-1));
            assertEquals(conn, s.getConnection());
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertFalse(keys.next());
            }
            assertThrows(SQLException.class, () -> s.execute("RETURN 1", Statement.RETURN_GENERATED_KEYS));
        }
    }

    // ---- prepared statements -----------------------------------------------------------------------

    @Test
    void questionMarkParametersAreBound() throws SQLException {
        try (Connection conn = open();
             PreparedStatement ps = conn.prepareStatement("RETURN ? AS a, ? AS b, ? AS c, '?' AS d")) {
            ps.setLong(1, 41);
            ps.setString(2, "it's");
            ps.setObject(3, LocalDate.of(2020, 1, 2));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(41, rs.getLong("a"));
                assertEquals("it's", rs.getString("b"));
                assertEquals(LocalDate.of(2020, 1, 2), rs.getObject("c", LocalDate.class));
                assertEquals("?", rs.getString("d"));
            }
        }
    }

    @Test
    void namedParametersAreNumberedByFirstAppearance() throws SQLException {
        try (Connection conn = open();
             PreparedStatement ps = conn.prepareStatement("RETURN $x + $y AS s, $x AS x")) {
            assertEquals(2, ps.getParameterMetaData().getParameterCount());
            ps.setInt(1, 10);
            ps.setInt(2, 5);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(15, rs.getInt("s"));
                assertEquals(10, rs.getInt("x"));
            }
        }
    }

    @Test
    void missingParameterIsNamed() throws SQLException {
        try (Connection conn = open();
             PreparedStatement ps = conn.prepareStatement("RETURN ? AS a, ? AS b")) {
            ps.setInt(1, 1);
            SQLException e = assertThrows(SQLException.class, ps::executeQuery);
            assertTrue(e.getMessage().contains("parameter 2"), e.getMessage());
            assertEquals("07001", e.getSQLState());
            ps.clearParameters();
            assertThrows(SQLException.class, ps::execute);
            assertThrows(SQLException.class, () -> ps.setInt(3, 1), "index out of range");
        }
    }

    @Test
    void parameterMetadataForSpring() throws SQLException {
        try (Connection conn = open(); PreparedStatement ps = conn.prepareStatement("RETURN ?, ?")) {
            ParameterMetaData md = ps.getParameterMetaData();
            assertEquals(2, md.getParameterCount());
            assertEquals(Types.OTHER, md.getParameterType(1));
            assertEquals("ANY", md.getParameterTypeName(2));
            assertEquals(ParameterMetaData.parameterModeIn, md.getParameterMode(1));
            assertThrows(SQLException.class, () -> md.getParameterType(3));
        }
    }

    @Test
    void nullParametersAreBound() throws SQLException {
        try (Connection conn = open(); PreparedStatement ps = conn.prepareStatement("RETURN ? AS a")) {
            ps.setNull(1, Types.VARCHAR);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNull(rs.getString(1));
                assertTrue(rs.wasNull());
            }
        }
    }

    @Test
    void preparedBatchRunsEachParameterSet() throws SQLException {
        try (Connection conn = open()) {
            conn.createStatement().execute("CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))");
            try (PreparedStatement ps = conn.prepareStatement("CREATE (:Person {name: ?, age: ?})")) {
                ps.setString(1, "A");
                ps.setLong(2, 30);
                ps.addBatch();
                ps.setString(1, "B");
                ps.setLong(2, 40);
                ps.addBatch();
                assertEquals(2, ps.executeBatch().length);
            }
            try (ResultSet rs = conn.createStatement().executeQuery(
                    "MATCH (p:Person) RETURN p.name, p.age ORDER BY p.name")) {
                assertTrue(rs.next());
                assertEquals("A", rs.getString(1));
                assertEquals(30, rs.getInt(2));
                assertTrue(rs.next());
                assertEquals("B", rs.getString(1));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void textMethodsAreRejectedOnPreparedStatements() throws SQLException {
        try (Connection conn = open(); PreparedStatement ps = conn.prepareStatement("RETURN 1")) {
            assertThrows(SQLException.class, () -> ps.executeQuery("RETURN 2"));
            assertThrows(SQLException.class, () -> ps.addBatch("RETURN 2"));
        }
    }
}
