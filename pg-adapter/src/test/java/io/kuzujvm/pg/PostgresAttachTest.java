package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against a real PostgreSQL server, through the planner's session API. */
class PostgresAttachTest extends PostgresSessionTest {


    @BeforeAll
    static void startPostgres() throws Exception {
        try (Connection c = startPostgres("university"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person(name VARCHAR, age INTEGER)");
            s.execute("INSERT INTO person VALUES ('Alice', 30), ('Bob', 27), ('Carol', 19), ('Dan', 25)");
        }
    }

    private String attachString() {
        return "dbname=university user=postgres host=localhost password=secret port=" + postgres.getPort();
    }

    @Test
    void scansFiltersAndCopiesAttachedTable() {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype 'postgres')");
        assertEquals(List.of("Alice|30", "Bob|27", "Carol|19", "Dan|25"), rows("LOAD FROM uw.person RETURN *"));
        assertEquals(List.of("Alice", "Bob"), rows("LOAD FROM uw.person WHERE age > 25 RETURN name"));
        assertEquals(List.of(), rows("LOAD FROM uw.person WHERE name = 'Zoë 😂' RETURN name"));
        assertEquals(List.of("Dan"), rows("LOAD FROM uw.person WHERE name = 'Dan' RETURN name"));
        rows("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name))");
        assertEquals(List.of("4 tuples have been copied to the Person table."),
                rows("COPY Person FROM (LOAD FROM uw.person RETURN *)"));
        assertEquals(List.of("Alice|30", "Bob|27", "Carol|19", "Dan|25"), rows("MATCH (p:person) RETURN p.*"));
    }

    @Test
    void explainShowsFilterAndProjectionInsideTheSql() {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        String plan = rows("EXPLAIN LOAD FROM uw.person WHERE age > 25 RETURN name").get(0);
        assertTrue(plan.contains("SELECT \"name\"\nFROM \"public\".\"person\"\nWHERE \"age\" > 25")
                || plan.matches("(?s).*SELECT \"name\"\\s+FROM \"public\"\\.\"person\"\\s+WHERE \"age\" > 25.*"), plan);
    }

    @Test
    void aliasDefaultsToDatabaseName() {
        rows("ATTACH '" + attachString() + "' (dbtype POSTGRES)");
        assertEquals(List.of("4"), List.of(String.valueOf(rows("LOAD FROM university.person RETURN name").size())));
        rows("USE university");
        assertEquals(List.of("Carol"), rows("LOAD FROM person WHERE age < 20 RETURN name"));
        rows("DETACH university");
        assertEquals("Runtime exception: No database named university.",
                assertThrows(KuzuException.class, () -> rows("LOAD FROM university.person RETURN *")).getMessage());
    }

    @Test
    void unknownTableAndWrongPortAreClearErrors() {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        assertEquals("Catalog exception: person1 does not exist in catalog.",
                assertThrows(KuzuException.class, () -> rows("LOAD FROM uw.person1 RETURN *")).getMessage());
        KuzuException unreachable = assertThrows(KuzuException.class, () -> rows(
                "ATTACH 'dbname=university host=127.0.0.1 port=1 password=hunter2' AS other (dbtype postgres)"));
        assertTrue(unreachable.getMessage().startsWith("Binder exception: Failed to attach postgres database"),
                unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("hunter2"));
        assertEquals(List.of("Alice"), rows("LOAD FROM uw.person WHERE name = 'Alice' RETURN name"));
    }

    @Test
    void mapsPostgresTypesToKuzuTypes() throws Exception {
        try (Connection c = postgres.getDatabase("postgres", "university").getConnection();
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS typed; DROP TYPE IF EXISTS mood; DROP DOMAIN IF EXISTS pos");
            s.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
            s.execute("CREATE DOMAIN pos AS integer CHECK (VALUE > 0)");
            s.execute("CREATE TABLE typed(i2 int2, i8 int8, f4 float4, n numeric(10,2), b bool, c char(3), by bytea,"
                    + " d date, ts timestamp, tz timestamptz, iv interval, u uuid, j jsonb, ia int4[], ta text[][],"
                    + " m mood, p pos)");
            s.execute("INSERT INTO typed VALUES (1, 9000000000, 1.5, 12.34, true, 'ab', '\\xAB01', '2024-02-29',"
                    + " '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05+02', '1 year 2 mons 3 days 04:05:06',"
                    + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\": 1}', '{1,2,NULL}', '{{a,b},{c,d}}', 'happy', 7),"
                    + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        }
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        assertEquals(List.of("0|i2|INT16", "1|i8|INT64", "2|f4|FLOAT", "3|n|DECIMAL(10, 2)", "4|b|BOOL", "5|c|STRING",
                        "6|by|BLOB", "7|d|DATE", "8|ts|TIMESTAMP", "9|tz|TIMESTAMP_TZ", "10|iv|INTERVAL", "11|u|UUID",
                        "12|j|STRING", "13|ia|INT32[]", "14|ta|STRING[][]", "15|m|STRING", "16|p|INT32"),
                rows("CALL TABLE_INFO('uw.typed') RETURN `property id`, name, type"));
        assertEquals(List.of("1|9000000000|1.500000|12.34|True|ab |\\xAB\\x01|2024-02-29|2024-01-02 03:04:05.123456|"
                        + "2024-01-02 01:04:05+00|1 year 2 months 3 days 04:05:06|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11|"
                        + "{\"k\": 1}|[1,2,]|[[a,b],[c,d]]|happy|7", "||||||||||||||||"),
                rows("LOAD FROM uw.typed RETURN *"));
    }

    @Test
    void sqlQueryRunsReadsOnly() {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        assertEquals(List.of("Alice|30", "Bob|27"),
                rows("CALL SQL_QUERY('uw', 'select name, age from person where age > 26 order by name') RETURN *"));
        assertEquals(List.of("Carol"),
                rows("CALL SQL_QUERY('uw', 'select name, age from person') WHERE age < 20 YIELD name AS n RETURN n"));
        KuzuException write = assertThrows(KuzuException.class,
                () -> rows("CALL SQL_QUERY('uw', 'DELETE FROM person') RETURN *"));
        assertEquals("Binder Error: No fields returned by query \"DELETE FROM person\" - the query must be a SELECT"
                + " statement that returns at least one column", write.getMessage());
        KuzuException syntax = assertThrows(KuzuException.class,
                () -> rows("CALL SQL_QUERY('uw', 'SELECT * PERSON') RETURN *"));
        assertEquals("Binder Error: Failed to prepare query \"SELECT * PERSON\": ERROR:  syntax error at or near"
                + " \"PERSON\"\nLINE 1: SELECT * PERSON\n                 ^", syntax.getMessage());
        KuzuException update = assertThrows(KuzuException.class,
                () -> rows("CALL SQL_QUERY('uw', 'UPDATE person SET age = 1 RETURNING name') RETURN *"));
        assertTrue(update.getMessage().contains("read-only transaction"), update.getMessage());
        rows("CREATE NODE TABLE Person (name STRING, age INT64, PRIMARY KEY(name))");
        assertEquals(List.of("4 tuples have been copied to the Person table."),
                rows("COPY Person FROM SQL_QUERY('uw', 'select name, age from person')"));
        assertEquals(List.of("4"), rows("LOAD FROM uw.person RETURN count(*)"));
    }

    @Test
    void writesToAttachedTablesAreRefused() {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        String readOnly = "Binder exception: Cannot write to table person of attached database uw:"
                + " the attachment is read-only.";
        assertEquals(readOnly, assertThrows(KuzuException.class,
                () -> rows("COPY uw.person FROM (LOAD FROM uw.person RETURN *)")).getMessage());
        assertEquals(readOnly, assertThrows(KuzuException.class,
                () -> rows("CREATE (:uw.person {name: 'Eve', age: 1})")).getMessage());
        assertEquals(readOnly, assertThrows(KuzuException.class,
                () -> rows("LOAD FROM uw.person WITH name LIMIT 1 CREATE (:uw.person {name: name + '2'})")).getMessage());
        assertEquals("Binder exception: Cannot match table person of attached database uw: read attached tables"
                + " with LOAD FROM.", assertThrows(KuzuException.class,
                () -> rows("MATCH (p:uw.person) RETURN p.name")).getMessage());
        assertEquals(List.of("4"), rows("LOAD FROM uw.person RETURN count(*)"));
    }

    @Test
    void clearCacheSeesNewTables() throws Exception {
        rows("ATTACH '" + attachString() + "' AS uw (dbtype postgres)");
        assertEquals(List.of("4"), List.of(String.valueOf(rows("LOAD FROM uw.person RETURN *").size())));
        try (Connection c = postgres.getDatabase("postgres", "university").getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS city(name TEXT)");
        }
        assertThrows(KuzuException.class, () -> rows("LOAD FROM uw.city RETURN *"));
        assertEquals(List.of("All attached database caches have been cleared."),
                rows("CALL POSTGRES_CLEAR_CACHE() RETURN *"));
        assertEquals(List.of(), rows("LOAD FROM uw.city RETURN *"));
    }
}
