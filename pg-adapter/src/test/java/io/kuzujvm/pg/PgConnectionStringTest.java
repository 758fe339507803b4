package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgConnectionStringTest {

    @Test
    void parsesKeywordValuePairsWithQuoting() {
        PgConnectionString cs = PgConnectionString.parse(
                "dbname=university user=ci host=db.local password='it\\'s' port=6543", Map.of());
        assertEquals("university", cs.database());
        assertEquals("ci", cs.user());
        assertEquals("db.local", cs.host());
        assertEquals(6543, cs.port());
        assertEquals("jdbc:postgresql://db.local:6543/university", cs.jdbcUrl());
    }

    @Test
    void quotedValuesKeepSpacesAndEscapes() {
        PgConnectionString cs = PgConnectionString.parse("password='a b\\'c' dbname = x", Map.of());
        assertEquals("a b'c", cs.password().orElseThrow());
        assertEquals("x", cs.database());
    }

    @Test
    void parsesUris() {
        PgConnectionString cs = PgConnectionString.parse(
                "postgresql://alice:p%40ss@[::1]:5433/my%20db?sslmode=disable&application_name=app", Map.of());
        assertEquals("alice", cs.user());
        assertEquals("p@ss", cs.password().orElseThrow());
        assertEquals("::1", cs.host());
        assertEquals(5433, cs.port());
        assertEquals("my db", cs.database());
        assertEquals("disable", cs.jdbcProperties().getProperty("sslmode"));
        assertEquals("app", cs.jdbcProperties().getProperty("ApplicationName"));
    }

    @Test
    void fillsDefaultsFromEnvironmentThenLibpq() {
        PgConnectionString fromEnv = PgConnectionString.parse("",
                Map.of("PGHOST", "h", "PGPORT", "1234", "PGUSER", "u", "PGPASSWORD", "pw", "PGDATABASE", "d"));
        assertEquals("h", fromEnv.host());
        assertEquals(1234, fromEnv.port());
        assertEquals("u", fromEnv.user());
        assertEquals("pw", fromEnv.password().orElseThrow());
        assertEquals("d", fromEnv.database());
        PgConnectionString defaults = PgConnectionString.parse("", Map.of("POSTGRES_PASSWORD", "secret"));
        assertEquals("localhost", defaults.host());
        assertEquals(5432, defaults.port());
        assertEquals("postgres", defaults.user());
        assertEquals("postgres", defaults.database());
        assertEquals("secret", defaults.password().orElseThrow());
    }

    @Test
    void neverShowsThePassword() {
        PgConnectionString cs = PgConnectionString.parse("dbname=u password=hunter2", Map.of());
        assertFalse(cs.toString().contains("hunter2"));
        assertFalse(cs.jdbcUrl().contains("hunter2"));
    }

    @Test
    void rejectsMalformedStrings() {
        assertThrows(KuzuException.class, () -> PgConnectionString.parse("dbname", Map.of()));
        assertThrows(KuzuException.class, () -> PgConnectionString.parse("password='open", Map.of()));
        assertThrows(KuzuException.class, () -> PgConnectionString.parse("port=abc", Map.of()));
        KuzuException unknown = assertThrows(KuzuException.class,
                () -> PgConnectionString.parse("dbnme=x", Map.of()));
        assertTrue(unknown.getMessage().contains("dbnme"), unknown.getMessage());
    }
}
