package io.kuzujvm.jdbc;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMappingTest {

    @Test
    void kuzuExceptionsMapBySqlStateClass() {
        SQLException parser = SqlErrors.fromEngine(new KuzuException(KuzuException.Kind.PARSER, "bad"));
        assertInstanceOf(SQLSyntaxErrorException.class, parser);
        assertEquals("42601", parser.getSQLState());
        assertEquals("Parser exception: bad", parser.getMessage());

        assertInstanceOf(SQLSyntaxErrorException.class, SqlErrors.fromEngine(KuzuException.binder("x")));
        assertInstanceOf(SQLSyntaxErrorException.class, SqlErrors.fromEngine(KuzuException.catalog("x")));
        assertInstanceOf(SQLDataException.class,
                SqlErrors.fromEngine(new KuzuException(KuzuException.Kind.COPY, "x")));
        assertInstanceOf(SQLNonTransientConnectionException.class,
                SqlErrors.fromEngine(new KuzuException(KuzuException.Kind.CONNECTION, "x")));
        assertInstanceOf(SQLFeatureNotSupportedException.class,
                SqlErrors.fromEngine(KuzuException.notImplemented("x")));
        SQLException duplicate = SqlErrors.fromEngine(
                new KuzuException(KuzuException.Kind.RUNTIME, "23505", "duplicated primary key", null));
        assertInstanceOf(SQLIntegrityConstraintViolationException.class, duplicate);
        assertEquals("23505", duplicate.getSQLState());
        SQLException runtime = SqlErrors.fromEngine(KuzuException.runtime("x"));
        assertEquals(SQLException.class, runtime.getClass());
        assertEquals("XX000", runtime.getSQLState());
    }

    @Test
    void causeIsAttached() {
        KuzuException cause = KuzuException.binder("x");
        assertSame(cause, SqlErrors.fromEngine(cause).getCause());
    }

    @Test
    void otherRuntimeExceptionsAreInternalErrors() {
        IllegalStateException bug = new IllegalStateException("boom");
        SQLException e = SqlErrors.fromEngine(bug);
        assertEquals(SQLException.class, e.getClass());
        assertEquals("XX000", e.getSQLState());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        assertSame(bug, e.getCause());
    }

    @Test
    void syntaxErrorThroughJdbcAndConnectionStaysUsable() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement s = conn.createStatement()) {
            SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
                    () -> s.executeQuery("MATC (n) RETURN n"));
            assertEquals("42601", e.getSQLState());
            assertTrue(e.getMessage().startsWith("Parser exception"), e.getMessage());
            assertTrue(conn.isValid(1));
            try (ResultSet rs = s.executeQuery("RETURN 1")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void unknownTableIsABinderError() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement s = conn.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("MATCH (n:Nope) RETURN n"));
            assertTrue(e.getSQLState().startsWith("42"), e.getSQLState());
            assertInstanceOf(SQLSyntaxErrorException.class, e);
        }
    }
}
