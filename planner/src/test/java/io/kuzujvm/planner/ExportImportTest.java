package io.kuzujvm.planner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** COPY (query) TO a CSV file, EXPORT DATABASE and IMPORT DATABASE (schema, data, sequences, macros, comments). */
class ExportImportTest extends InMemorySessionTest {

    private List<String> rows(Session on, String cypher) {
        return ResultRows.of(on, cypher);
    }

    @Test
    void copyToWritesKuzuCsv() throws IOException {
        Path file = dir.resolve("out.csv");
        rows("COPY (RETURN 100 AS n, 'a \"q\"' AS s, '' AS e, NULL AS z, [1, 2] AS l, ',' AS c) TO '" + file
                + "' (header=true)");
        assertEquals("n,s,e,z,l,c\n100,\"a \"\"q\"\"\",\"\",,\"[1,2]\",\",\"\n", Files.readString(file));
        Path custom = dir.resolve("custom.csv");
        rows("COPY (RETURN 'kuzu is # a |graph database') TO '" + custom + "' (delim = '|', QUOTE='#', Escape = '!')");
        assertEquals("#kuzu is !# a |graph database#\n", Files.readString(custom));
        assertEquals(List.of("kuzu is # a |graph database"),
                rows("LOAD FROM '" + custom + "' (delim = '|', QUOTE='#', Escape = '!', header=false) RETURN *"));
        assertEquals("IO exception: Writing to compressed files is not supported yet.",
                error("COPY (RETURN 5) TO '" + dir.resolve("x.csv.gz") + "'"));
    }

    private void createGraphWithSequence() {
        rows("CREATE SEQUENCE seq START 0 INCREMENT 10 MINVALUE 0");
        rows("RETURN nextval('seq')");
        rows("RETURN nextval('seq')");
        rows("CREATE NODE TABLE U (id SERIAL, name STRING, age INT64 DEFAULT 3, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE C (name STRING, PRIMARY KEY(name))");
        rows("CREATE REL TABLE F (FROM U TO U, FROM U TO C, since INT64, MANY_MANY)");
        rows("CREATE (:U {name: 'Adam, \"A\"'})-[:F {since: 2020}]->(:U {name: 'Zhang', age: 50})");
        rows("MATCH (a:U {name: 'Zhang'}) CREATE (a)-[:F {since: 2021}]->(:C {name: 'Waterloo'})");
    }

    private void assertImportsTheGraph(String exported) {
        try (GraphDatabase other = GraphDatabase.inMemory(); Session imported = other.openSession()) {
            assertEquals(List.of("Imported database successfully."),
                    rows(imported, "IMPORT DATABASE '" + exported + "'"));
            assertEquals(List.of("0|Adam, \"A\"|3|2020|1|Zhang|50"),
                    rows(imported, "MATCH (a:U)-[f:F]->(b:U) RETURN a.*, f.since, b.*"));
            assertEquals(List.of("Zhang|2021|Waterloo"),
                    rows(imported, "MATCH (a:U)-[f:F]->(b:C) RETURN a.name, f.since, b.name"));
            rows(imported, "CREATE (:U {name: 'New'})");
            assertEquals(List.of("10|2"), rows(imported, "MATCH (u:U {name: 'New'}) RETURN currval('seq'), u.id"));
        }
    }

    @Test
    void exportsAndImportsSchemaDataAndSequences() {
        createGraphWithSequence();
        String target = dir.resolve("db").toString();
        assertEquals(List.of("Exported database successfully."),
                rows("EXPORT DATABASE '" + target + "' (format='csv', header=true)"));
        assertEquals("Runtime exception: Directory " + target + " already exists.",
                error("EXPORT DATABASE '" + target + "'"));
        assertImportsTheGraph(target);
    }

    @Test
    void exportsAndImportsMacrosAndTableComments() {
        rows("CREATE NODE TABLE T (id INT64 PRIMARY KEY)");
        rows("COMMENT ON TABLE T IS 'it\\'s T'");
        rows("CREATE MACRO addWithDefault(a, b := 3) AS (a + b) * 2");
        String target = dir.resolve("macros").toString();
        rows("EXPORT DATABASE '" + target + "'");
        try (GraphDatabase other = GraphDatabase.inMemory(); Session imported = other.openSession()) {
            rows(imported, "IMPORT DATABASE '" + target + "'");
            assertEquals(List.of("10"), rows(imported, "RETURN addWithDefault(2)"));
            assertEquals(List.of("it's T"), rows(imported, "CALL show_tables() RETURN comment"));
        }
    }

    @Test
    void exportsAndImportsInParquet() throws IOException {
        createGraphWithSequence();
        String target = dir.resolve("pq").toString();
        assertEquals(List.of("Exported database successfully."),
                rows("EXPORT DATABASE '" + target + "' (format='parquet')"));
        try (var files = Files.list(Path.of(target))) {
            assertEquals(List.of("C.parquet", "F_U_C.parquet", "F_U_U.parquet", "U.parquet"), files
                    .map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".parquet")).sorted().toList());
        }
        assertImportsTheGraph(target);
    }

    @Test
    void copyToParquetRoundTripsThroughLoadFrom() {
        String file = dir.resolve("rows.parquet").toString();
        rows("COPY (UNWIND [1, 2, NULL] AS i RETURN i, 'v' + cast(i, 'STRING') AS s, [i, 7] AS l, "
                + "{a: i, b: [date('2024-01-0' + cast(i, 'STRING'))]} AS st) TO '" + file + "'");
        assertEquals(List.of("1|v1|[1,7]|{a: 1, b: [2024-01-01]}", "2|v2|[2,7]|{a: 2, b: [2024-01-02]}", "||[,7]|{a: , b: []}"),
                rows("LOAD FROM '" + file + "' RETURN *"));
    }

    @Test
    void exportAndImportErrors() {
        assertEquals("Binder exception: Export database currently only supports csv and parquet files.",
                error("EXPORT DATABASE '" + dir.resolve("a") + "' (format='npy')"));
        assertEquals("Binder exception: The type of format option must be a string.",
                error("EXPORT DATABASE '" + dir.resolve("a") + "' (format=false)"));
        assertEquals("Binder exception: Only export to csv can have options.",
                error("EXPORT DATABASE '" + dir.resolve("a") + "' (format='PARQUET', header=true)"));
        assertEquals("Binder exception: Directory " + dir.resolve("none") + " does not exist.",
                error("IMPORT DATABASE '" + dir.resolve("none") + "'"));
        assertEquals("Binder exception: File " + dir.resolve("schema.cypher") + " does not exist.",
                error("IMPORT DATABASE '" + dir + "'"));
    }

    @Test
    void copyToRoundTripsThroughLoadFrom() {
        String lists = dir.resolve("lists.csv").toString();
        rows("COPY (RETURN NULL, [], [1, 3, NULL, 5], [[2, 3], [2], NULL, [1, 5, 6]], [['a'], []]) TO '" + lists
                + "' (header=false)");
        assertEquals(List.of("|[]|[1,3,,5]|[[2,3],[2],,[1,5,6]]|[[a],[]]"),
                rows("LOAD FROM '" + lists + "' (header=false) RETURN *"));
        String strings = dir.resolve("strings.csv").toString();
        rows("COPY (RETURN 100, 'a string with \"quotes\"', 5.6, '\",\"', ',') TO '" + strings + "' (header=true)");
        assertEquals(List.of("100|a string with \"quotes\"|5.600000|\",\"|,"),
                rows("LOAD FROM '" + strings + "' (header=true) RETURN *"));
    }
}
