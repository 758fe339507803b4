package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Kùzu types and values of PostgreSQL composite, geometric and string-like columns, against a real server. */
class PgTypeMappingTest extends PostgresSessionTest {


    @BeforeAll
    static void createTables() throws Exception {
        try (Connection c = startPostgres("shapes"); Statement s = c.createStatement()) {
            // "key" is a DuckDB keyword: Kùzu shows it quoted; "weird name" needs quotes anyway.
            s.execute("CREATE TYPE address AS (street text, \"key\" int4, \"weird name\" numeric(6,2), tags text[])");
            s.execute("CREATE TYPE resident AS (name varchar, home address, homes address[], at point)");
            s.execute("CREATE TABLE residents(id int4, r resident, rs resident[])");
            s.execute("INSERT INTO residents VALUES (1, ROW('Ann', ROW('Main St, 1', 7, 1.5, '{a,\"b c\",NULL}'),"
                    + " ARRAY[ROW('x\"y', NULL, NULL, '{}')::address, NULL], '(1,2)'),"
                    + " ARRAY[ROW('Bo', NULL, '{}', NULL)::resident]), (2, NULL, NULL),"
                    + " (3, ROW(NULL, NULL, NULL, NULL), '{}')");
            s.execute("CREATE TABLE geometry(p point, l line, s lseg, b box, pa path, po polygon, c circle,"
                    + " ps point[], bs box[])");
            s.execute("INSERT INTO geometry VALUES ('(1.5,-2)', '{1,-1,0.5}', '[(0,0),(1,2)]', '(0,0),(3,4)',"
                    + " '[(0,0),(1,1),(2,0)]', '((0,0),(1,1),(1,0))', '<(1,2),3>', '{\"(1,2)\",\"(3,4)\"}',"
                    + " '{(1,1),(0,0);(3,3),(2,2)}'), (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
            s.execute("CREATE TABLE texts(bi bit(3), vb varbit, ci cidr, ip inet, mac macaddr, m money,"
                    + " tv tsvector, tq tsquery, x xml, lsn pg_lsn, big numeric, bigs numeric[])");
            s.execute("INSERT INTO texts VALUES (B'101', B'1', '10.0.0.0/8', '10.1.2.3', '08:00:2b:01:02:03', 12.5,"
                    + " 'a fat cat', 'fat & cat', '<a>1</a>', '16/B374D848', -1844674407370955161511,"
                    + " '{1.25,1844674407370955161811111111}'),"
                    + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
            s.execute("CREATE TABLE clocks(id int4, t time)");
        }
    }

    private void attach(String options) {
        rows("ATTACH 'dbname=shapes user=postgres host=localhost port=" + postgres.getPort() + "' AS s (dbtype postgres"
                + options + ")");
    }

    @Test
    void compositesAreStructsWithNestedCompositesAndArrays() {
        attach("");
        String address = "STRUCT(street STRING, \"key\" INT32, \"weird name\" DECIMAL(6, 2), tags STRING[])";
        // name and at are DuckDB keywords too.
        String resident = "STRUCT(\"name\" STRING, home " + address + ", homes " + address
                + "[], \"at\" STRUCT(x DOUBLE, y DOUBLE))";
        assertEquals(List.of("id|INT32", "r|" + resident, "rs|" + resident + "[]"),
                rows("CALL TABLE_INFO('s.residents') RETURN name, type"));
        assertEquals(List.of("1|{\"name\": Ann, home: {street: Main St, 1, \"key\": 7, \"weird name\": 1.50, tags: [a,b c,]},"
                        + " homes: [{street: x\"y, \"key\": , \"weird name\": , tags: []},], \"at\": {x: 1.000000, y: 2.000000}}|"
                        + "[{\"name\": Bo, home: , homes: [], \"at\": }]",
                        "2||",
                        "3|{\"name\": , home: , homes: , \"at\": }|[]"),
                rows("LOAD FROM s.residents RETURN * ORDER BY id"));
    }

    @Test
    void geometricTypesAreCoordinates() {
        attach("");
        assertEquals(List.of("p|STRUCT(x DOUBLE, y DOUBLE)", "l|DOUBLE[]", "s|DOUBLE[]", "b|DOUBLE[]", "pa|DOUBLE[]",
                        "po|DOUBLE[]", "c|DOUBLE[]", "ps|STRUCT(x DOUBLE, y DOUBLE)[]", "bs|DOUBLE[][]"),
                rows("CALL TABLE_INFO('s.geometry') RETURN name, type"));
        assertEquals(List.of("{x: 1.500000, y: -2.000000}|[1.000000,-1.000000,0.500000]|[0.000000,0.000000,1.000000,2.000000]|"
                        + "[3.000000,4.000000,0.000000,0.000000]|[0.000000,0.000000,1.000000,1.000000,2.000000,0.000000]|"
                        + "[0.000000,0.000000,1.000000,1.000000,1.000000,0.000000]|[1.000000,2.000000,3.000000]|"
                        + "[{x: 1.000000, y: 2.000000},{x: 3.000000, y: 4.000000}]|"
                        + "[[1.000000,1.000000,0.000000,0.000000],[3.000000,3.000000,2.000000,2.000000]]",
                        "||||||||"),
                rows("LOAD FROM s.geometry RETURN *"));
    }

    @Test
    void stringLikeTypesAreStringsAndUnboundedNumericIsDouble() {
        attach("");
        assertEquals(List.of("bi|STRING", "vb|STRING", "ci|STRING", "ip|STRING", "mac|STRING", "m|STRING", "tv|STRING",
                        "tq|STRING", "x|STRING", "lsn|STRING", "big|DOUBLE", "bigs|DOUBLE[]"),
                rows("CALL TABLE_INFO('s.texts') RETURN name, type"));
        // Kùzu (through DuckDB) adds up numeric's base-10000 digits in doubles: -...161511 becomes -...899456.
        assertEquals(List.of("101|1|10.0.0.0/8|10.1.2.3|08:00:2b:01:02:03|$12.50|'a' 'cat' 'fat'|'fat' & 'cat'|<a>1</a>|"
                        + "16/B374D848|-1844674407370954899456.000000|[1.250000,1844674407370955161600000000.000000]",
                        "|||||||||||"),
                rows("LOAD FROM s.texts RETURN *"));
    }

    @Test
    void sqlQueryMapsResultColumnsTheSameWay() {
        attach("");
        assertEquals(List.of("{x: 1.500000, y: -2.000000}|[3.000000,4.000000,0.000000,0.000000]"),
                rows("CALL SQL_QUERY('s', 'SELECT p, b FROM geometry WHERE p IS NOT NULL') RETURN *"));
        assertEquals(List.of("{street: Main St, 1, \"key\": 7, \"weird name\": 1.50, tags: [a,b c,]}"),
                rows("CALL SQL_QUERY('s', 'SELECT (r).home FROM residents WHERE id = 1') RETURN *"));
        KuzuException time = assertThrows(KuzuException.class,
                () -> rows("CALL SQL_QUERY('s', 'SELECT t FROM clocks') RETURN *"));
        assertEquals("Binder exception: Column t has PostgreSQL type time, which is not supported.", time.getMessage());
    }

    @Test
    void unsupportedColumnIsAnErrorUnlessTheTableIsSkipped() {
        attach("");
        KuzuException unsupported = assertThrows(KuzuException.class, () -> rows("LOAD FROM s.clocks RETURN *"));
        assertEquals("Binder exception: Column t of table clocks has PostgreSQL type time without time zone,"
                + " which is not supported.", unsupported.getMessage());
        rows("DETACH s");
        attach(", skip_unsupported_table = true");
        assertEquals(List.of("geometry", "residents", "texts"),
                rows("CALL SHOW_TABLES() WHERE `database name` = 's(POSTGRES)' RETURN name ORDER BY name"));
        KuzuException skipped = assertThrows(KuzuException.class, () -> rows("LOAD FROM s.clocks RETURN *"));
        assertEquals("Catalog exception: clocks does not exist in catalog.", skipped.getMessage());
    }
}
