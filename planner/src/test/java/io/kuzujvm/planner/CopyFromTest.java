package io.kuzujvm.planner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** COPY FROM: column lists, options, file, query and table-function sources, rel-group member names, keys. */
class CopyFromTest extends InMemorySessionTest {

    @Test
    void leftOutColumnsGetDefaultsNullsAndSerials() throws IOException {
        String f = file("p.csv", "a,1\nb,2\n");
        rows("CREATE SEQUENCE seq");
        rows("CREATE NODE TABLE P (id SERIAL, n INT64, name STRING, d INT64 DEFAULT 7, s INT64 DEFAULT nextval('seq'),"
                + " x STRING, PRIMARY KEY(id))");
        rows("COPY P (name, n) FROM '" + f + "'");
        assertEquals(List.of("0|1|a|7|1|", "1|2|b|7|2|"), rows("MATCH (p:P) RETURN p.* ORDER BY p.id"));
    }

    @Test
    void relColumnListAndEmptyList() throws IOException {
        String nodes = file("n.csv", "1\n2\n");
        String rels = file("r.csv", "1,2,x,5\n2,1,y,6\n");
        rows("CREATE NODE TABLE N (id INT64, PRIMARY KEY(id))");
        rows("COPY N FROM '" + nodes + "'");
        rows("CREATE REL TABLE R (FROM N TO N, w INT64, t STRING, z INT64 DEFAULT 3, k SERIAL)");
        rows("COPY R (t, w) FROM '" + rels + "'");
        assertEquals(List.of("1|2|5|x|3|0", "2|1|6|y|3|1"),
                rows("MATCH (a:N)-[r:R]->(b:N) RETURN a.id, b.id, r.* ORDER BY a.id"));
        rows("CREATE REL TABLE S (FROM N TO N)");
        rows("COPY S() FROM (MATCH (a:N) RETURN a.id, a.id)");
        assertEquals(List.of("2"), rows("MATCH (a:N)-[:S]->(b:N) RETURN count(*)"));
    }

    @Test
    void bulkRelCopyKeepsEachRelsEndsAndProperties() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            nodes.append(i).append('\n');
        }
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            rels.append(i % 100).append(',').append((i + 1) % 100).append(',').append(i).append('\n');
        }
        rows("CREATE NODE TABLE N (id INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE R (FROM N TO N, w INT64)");
        rows("COPY N FROM '" + file("n.csv", nodes.toString()) + "'");
        rows("COPY R FROM '" + file("r.csv", rels.toString()) + "'");
        assertEquals(List.of("5000|0|12497500"), rows("MATCH (a:N)-[r:R]->(b:N) RETURN count(*),"
                + " sum(CASE WHEN b.id = (a.id + 1) % 100 AND r.w % 100 = a.id THEN 0 ELSE 1 END), sum(r.w)"));
    }

    @Test
    void columnListErrors() throws IOException {
        String rels = file("r.csv", "1,2,x,5\n");
        rows("CREATE NODE TABLE N (id INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE R (FROM N TO N, w INT64, t STRING)");
        assertEquals("Binder exception: Number of columns mismatch. Expected 3 but got 4.",
                error("COPY R (w) FROM '" + rels + "'"));
        assertEquals("Binder exception: Table R does not contain column dummy.",
                error("COPY R (w, dummy) FROM '" + rels + "'"));
        assertEquals("Binder exception: Detect duplicate column name w during COPY.",
                error("COPY R (w, w) FROM '" + rels + "'"));
        assertEquals("Binder exception: Table Q does not exist.", error("COPY Q FROM '" + rels + "'"));
        assertEquals("Binder exception: Variable x is not in scope.", error("COPY N FROM x"));
        assertEquals("Binder exception: LOAD FROM subquery is not supported.",
                error("LOAD FROM (MATCH (a:N) RETURN a.id) RETURN *"));
    }

    @Test
    void optionFlagsAndIntegerBooleans() throws IOException {
        String f = file("h.csv", "id,name\n1,a\n");
        rows("CREATE NODE TABLE T (id INT64, name STRING, PRIMARY KEY(id))");
        rows("COPY T FROM '" + f + "' (header)");
        rows("CREATE NODE TABLE U (id INT64, name STRING, PRIMARY KEY(id))");
        rows("COPY U FROM '" + f + "' (DELIM \",\", header 1)");
        assertEquals(List.of("1|a"), rows("MATCH (u:U) RETURN u.*"));
        assertEquals("Binder exception: Copy csv option value must be a single character with an optional escape"
                + " character.", error("COPY U FROM '" + f + "' (ESCAPE='..')"));
        assertEquals("Binder exception: The type of csv parsing option HEADER must be a boolean.",
                error("COPY U FROM '" + f + "' (HEADER=' ')"));
    }

    @Test
    void copiesFromTableFunctions() {
        rows("CREATE NODE TABLE P (id INT64, name STRING, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE info (rowid SERIAL, id INT64, name STRING, type STRING, defaultVal STRING,"
                + " pk BOOLEAN, PRIMARY KEY(rowid))");
        rows("COPY info FROM TABLE_INFO('P')");
        assertEquals(List.of("0|0|id|INT64|NULL|True", "1|1|name|STRING|NULL|False"),
                rows("MATCH (i:info) RETURN i.* ORDER BY i.rowid"));
        rows("CREATE NODE TABLE one (name STRING, PRIMARY KEY(name))");
        assertEquals("Binder exception: TABLE_INFO has 5 columns but 1 columns were expected.",
                error("COPY one FROM TABLE_INFO('P')"));
        assertEquals("Binder exception: SHOW_OFFICIAL_EXTENSIONS has 2 columns but 1 columns were expected.",
                error("COPY one FROM SHOW_OFFICIAL_EXTENSIONS()"));
        rows("CREATE NODE TABLE num (n INT64, PRIMARY KEY(n))");
        assertEquals("Conversion exception: Cast failed. Could not convert \"True\" to INT64.",
                error("COPY num FROM current_setting('enable_plan_optimizer')"));
        assertEquals("Binder exception: No option is supported when copying from table functions.",
                error("COPY one FROM current_setting('threads') (type = 'parquet')"));
    }

    @Test
    void legacyRelGroupMemberNames() {
        rows("CREATE NODE TABLE N (id INT64, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE M (id INT64, PRIMARY KEY(id))");
        rows("CREATE (:N {id: 1}), (:M {id: 2})");
        rows("CREATE REL TABLE A (FROM N TO N, FROM N TO M)");
        rows("COPY A_N_M FROM (RETURN 1, 2)");
        assertEquals(List.of("1|2"), rows("MATCH (a:N)-[:A]->(b:M) RETURN a.id, b.id"));
        assertEquals("Binder exception: Table A_N_X does not exist.", error("COPY A_N_X FROM (RETURN 1, 2)"));
    }

    @Test
    void fileWithFewerColumnsFailsFromItsHeaderOn() throws IOException {
        String f = file("few.csv", "id,name\n1,a\n");
        rows("CREATE NODE TABLE T (id INT64, name STRING, age INT64, PRIMARY KEY(id))");
        assertEquals("Copy exception: Error in file " + f + " on line 1: expected 3 values per row, but got 2."
                + " Line/record containing the error: 'id,name'", error("COPY T FROM '" + f + "' (header=true)"));
    }

    @Test
    void serialOnlyTableTakesOneRowPerRecord() throws IOException {
        String f = file("ids.csv", "7\n8\n9\n");
        rows("CREATE NODE TABLE S (id SERIAL, PRIMARY KEY(id))");
        rows("COPY S FROM '" + f + "'");
        assertEquals(List.of("0", "1", "2"), rows("MATCH (s:S) RETURN s.id ORDER BY s.id"));
    }

    @Test
    void blobPrimaryKeysFindTheirNodes() throws IOException {
        rows("CREATE NODE TABLE B (id BLOB, PRIMARY KEY(id))");
        rows("CREATE REL TABLE F (FROM B TO B)");
        rows("COPY B FROM '" + file("b.csv", "100\n101\n") + "'");
        rows("COPY F FROM '" + file("f.csv", "100,101\n") + "'");
        assertEquals(List.of("100|101"), rows("MATCH (a:B)-[:F]->(b:B) RETURN a.id, b.id"));
    }

    @Test
    void nullMapKeyFails() throws IOException {
        rows("CREATE NODE TABLE M (id INT64, m MAP(STRING, INT64), PRIMARY KEY(id))");
        String f = file("m.csv", "1,\"{=52,bob=42}\"\n");
        assertEquals("Copy exception: Error in file " + f + " on line 1: Conversion exception: Map does not allow"
                + " null as key. Line/record containing the error: '1,\"{=52,bob=42}\"'", error("COPY M FROM '" + f + "'"));
    }

    @Test
    void relativePathsAreLookedForInTheFileSearchPath() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("p1.csv"), "1\n");
        Files.writeString(b.resolve("p2.csv"), "2\n");
        rows("CREATE NODE TABLE P (id INT64, PRIMARY KEY(id))");
        rows("CALL file_search_path='" + a + "," + b + "'");
        rows("COPY P FROM ['p*.csv']");
        assertEquals(List.of("1", "2"), rows("MATCH (p:P) RETURN p.id ORDER BY p.id"));
        assertEquals(List.of("2"), rows("LOAD FROM 'p2.csv' RETURN *"));
    }
}
