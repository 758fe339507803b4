package io.kuzujvm.planner;

import io.kuzujvm.engine.csv.CsvScanOperator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** COPY FROM and LOAD FROM of CSV files through the session, with Kùzu's options and messages. */
class CsvImportTest extends InMemorySessionTest {

    @Test
    void copiesWithHeaderAndDelimiter() throws IOException {
        String f = file("p.csv", "name|age\nAlice|30\n\"Bob \"\"B\"\"\"|27\n");
        rows("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name))");
        assertEquals(List.of("2 tuples have been copied to the Person table."),
                rows("COPY Person FROM '" + f + "' (HEADER=true, DELIM='|')"));
        assertEquals(List.of("Alice|30", "Bob \"B\"|27"),
                rows("MATCH (p:Person) RETURN p.name, p.age ORDER BY p.name"));
    }

    @Test
    void detectsHeaderDelimiterAndEscape() throws IOException {
        String f = file("d.csv", "\uFEFFid;name\r\n1;\"a\\\"b\"\r\n\r\n2;c\r\n");
        rows("CREATE NODE TABLE T (id INT64, name STRING, PRIMARY KEY(id))");
        rows("COPY T FROM '" + f + "'");
        assertEquals(List.of("1|a\"b", "2|c"), rows("MATCH (t:T) RETURN t.id, t.name ORDER BY t.id"));
    }

    @Test
    void skipsSerialColumnsAndLines() throws IOException {
        String f = file("s.csv", "junk\nx\ny\n");
        rows("CREATE NODE TABLE S (id SERIAL, v STRING, PRIMARY KEY(id))");
        rows("COPY S FROM '" + f + "' (SKIP=1)");
        assertEquals(List.of("0|x", "1|y"), rows("MATCH (s:S) RETURN s.id, s.v ORDER BY s.id"));
    }

    @Test
    void loadsWithSniffedTypes() throws IOException {
        String f = file("l.csv", "id,score,ok,day,name\n1,1.5,true,2024-01-02,x\n2,3,false,2024-02-03,y\n");
        // Kùzu 0.11 sniffs 1.5 and 3 as DECIMAL(20, 1) (DECIMAL(2, 1) combined with INT64).
        assertEquals(List.of("2|3.0|False|2024-02-03|y"),
                rows("LOAD FROM '" + f + "' (header=true) WHERE id > 1 RETURN id, score, ok, day, name"));
        assertEquals(List.of("4.500000"), rows("LOAD FROM '" + f + "' RETURN sum(score)"));
        String noHeader = file("n.csv", "1,a\n2,b\n");
        assertEquals(List.of("3"), rows("LOAD FROM '" + noHeader + "' RETURN sum(column0)"));
    }

    @Test
    void readsGlobsAndLists() throws IOException {
        file("g1.csv", "1\n2\n");
        file("g2.csv", "3\n");
        rows("CREATE NODE TABLE G (id INT64, PRIMARY KEY(id))");
        rows("COPY G FROM '" + dir + "/g*.csv'");
        assertEquals(List.of("3"), rows("MATCH (g:G) RETURN count(*)"));
        assertEquals(List.of("6"), rows("LOAD FROM '" + dir + "/g1.csv', '" + dir + "/g2.csv' RETURN sum(column0)"));
    }

    @Test
    void reportsBadRowsAsKuzu() throws IOException {
        String f = file("bad.csv", "ID,length,name\n0,312abc,movieA\n");
        rows("CREATE NODE TABLE M (ID INT16, length INT32, name STRING, PRIMARY KEY(ID))");
        assertEquals("Copy exception: Error in file " + f + " on line 2: Conversion exception: Cast failed. "
                + "Could not convert \"312abc\" to INT32. Line/record containing the error: '0,312abc...'",
                error("COPY M FROM '" + f + "' (HEADER=true)"));
        String few = file("few.csv", "a,b\na\n");
        assertEquals("Copy exception: Error in file " + few + " on line 2: expected 2 values per row, but got 1."
                + " Line/record containing the error: 'a'", error("LOAD FROM '" + few + "' (AUTO_DETECT=false) RETURN *"));
        String quote = file("q.csv", "h\n\"abc");
        assertEquals("Copy exception: Error in file " + quote + " on line 2: unterminated quotes."
                + " Line/record containing the error: '\"abc'", error("LOAD FROM '" + quote + "' (AUTO_DETECT=false) RETURN *"));
        String multi = file("m.csv", "\"a\nb\"\n");
        assertEquals("Copy exception: Error in file " + multi + " on line 1: Quoted newlines are not supported in"
                + " parallel CSV reader. Please specify PARALLEL=FALSE in the options."
                + " Line/record containing the error: '\"a'", error("LOAD FROM '" + multi + "' RETURN *"));
        assertEquals(List.of("a\nb"), rows("LOAD FROM '" + multi + "' (PARALLEL=false) RETURN *"));
        assertEquals("Binder exception: Unrecognized csv parsing option: PK.",
                error("LOAD FROM '" + multi + "' (pk=',') RETURN *"));
        assertEquals("Binder exception: No file found that matches the pattern: " + dir + "/nope.csv.",
                error("LOAD FROM '" + dir + "/nope.csv' RETURN *"));
        // A file with fewer columns than the table fails on its first short row, as in Kùzu.
        assertEquals("Copy exception: Error in file " + few + " on line 1: expected 3 values per row, but got 2."
                + " Line/record containing the error: 'a,b'", error("COPY M FROM '" + few + "' (AUTO_DETECT=false)"));
    }

    @Test
    void ignoresErrorsWithWarnings() throws IOException {
        String f = file("w.csv", "0,4\n2,2147483650\n3,5\n5,01abc\n6,8\n");
        rows("CREATE NODE TABLE P (ID INT16, gender INT32, PRIMARY KEY(ID))");
        assertEquals(List.of("3 tuples have been copied to the P table."),
                rows("COPY P FROM '" + f + "' (IGNORE_ERRORS=true, AUTO_DETECT=false)"));
        assertEquals(List.of(
                "Conversion exception: Cast failed. Could not convert \"2147483650\" to INT32.|" + f + "|2|2,2147483650",
                "Conversion exception: Cast failed. Could not convert \"01abc\" to INT32.|" + f + "|4|5,01abc"),
                rows("CALL show_warnings() RETURN message, file_path, line_number, skipped_line_or_record"));
        rows("CALL clear_warnings()");
        assertEquals(List.of(), rows("CALL show_warnings() RETURN *"));
    }

    @Test
    void ignoresKeyViolationsWithWarnings() throws IOException {
        rows("CREATE NODE TABLE P (ID STRING, v INT64, PRIMARY KEY(ID))");
        rows("CREATE (:P {ID: 'a', v: 0})");
        String f = file("keys.csv", "b,1\na,2\n,3\nc,4\nb,5\n");
        assertEquals(List.of("2 tuples have been copied to the P table."),
                rows("COPY P FROM '" + f + "' (IGNORE_ERRORS=true)"));
        assertEquals(List.of("a|0", "b|1", "c|4"), rows("MATCH (p:P) RETURN p.ID, p.v ORDER BY p.ID"));
        assertEquals(List.of(
                "Found duplicated primary key value a, which violates the uniqueness constraint of the primary key column.",
                "Found NULL, which violates the non-null constraint of the primary key column.",
                "Found duplicated primary key value b, which violates the uniqueness constraint of the primary key column."),
                rows("CALL show_warnings() RETURN message"));
        assertEquals("Copy exception: Found duplicated primary key value a, which violates the uniqueness constraint "
                + "of the primary key column.", error("COPY P FROM '" + file("again.csv", "d,1\na,2\n") + "'"));
        assertEquals(List.of("3"), rows("MATCH (p:P) RETURN count(*)"));
    }

    @Test
    void failedCopyLeavesTableUnchanged() throws IOException {
        rows("CREATE NODE TABLE P (ID INT64, PRIMARY KEY(ID))");
        rows("COPY P FROM '" + file("ok.csv", "1\n2\n") + "'");
        String bad = file("bad.csv", "3\n4\nx\n");
        error("COPY P FROM '" + bad + "' (AUTO_DETECT=false)");
        assertEquals(List.of("1", "2"), rows("MATCH (p:P) RETURN p.ID ORDER BY p.ID"));
    }

    @Test
    void parallelParsingMatchesSerial() throws IOException {
        StringBuilder content = new StringBuilder("id,name,score\n");
        for (int i = 0; i < 200_000; i++) {
            content.append(i).append(i % 3 == 0 ? ",\"n" + i + "\"," : ",n" + i + ",")
                    .append(i * 0.5).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        content.append("200000,bad,x\n");
        String f = file("big.csv", content.toString());
        long saved = CsvScanOperator.blockSize;
        CsvScanOperator.blockSize = 64 * 1024;
        try {
            // Typed columns: sniffing the first rows' scores would give a DECIMAL too narrow for later rows.
            String query = "LOAD WITH HEADERS (id INT64, name STRING, score DOUBLE) FROM '" + f
                    + "' (header=true, PARALLEL=%s, IGNORE_ERRORS=true)"
                    + " RETURN count(*), sum(id), min(name), max(score)";
            List<String> parallel = rows(String.format(query, "true"));
            List<String> serial = rows(String.format(query, "false"));
            assertEquals(List.of("200000|19999900000|n0|99999.500000"), serial);
            assertEquals(serial, parallel);
            assertEquals(List.of("200002|200002", "200002|200002"), rows("CALL show_warnings() RETURN line_number, line_number"));
            rows("CREATE NODE TABLE B (id INT64, name STRING, score DOUBLE, PRIMARY KEY(id))");
            String copyError = error("COPY B FROM '" + f + "' (header=true)");
            assertEquals("Copy exception: Error in file " + f + " on line 200002: Conversion exception: Cast failed."
                    + " Could not convert \"x\" to DOUBLE. Line/record containing the error: '200000,bad,x'", copyError);
            assertEquals(List.of("0"), rows("MATCH (b:B) RETURN count(*)"));
        } finally {
            CsvScanOperator.blockSize = saved;
        }
    }

    @Test
    void loadWithHeadersFixesNamesAndTypes() throws IOException {
        String f = file("h.csv", "1,Alice,2020-01-02\n2,Bob,2021-03-04\n");
        assertEquals(List.of("Bob|2021-03-04|DATE"),
                rows("LOAD WITH HEADERS (id INT64, name STRING, day DATE) FROM '" + f + "' WHERE id > 1"
                        + " RETURN name, day, typeof(day)"));
        assertEquals("Binder exception: Number of columns mismatch. Expected 1 but got 3.",
                error("LOAD WITH HEADERS (a INT64) FROM '" + f + "' (AUTO_DETECT=false) RETURN *"));
        assertEquals(List.of("4"), rows("LOAD FROM ['" + f + "', '" + f + "'] RETURN count(*)"));
    }

    @Test
    void sniffsKuzuTypes() throws IOException {
        String f = file("s.csv", "a,b,c,d,e,f,g\n1,12.5,\"[1,2]\",{x:1},9223372036854775808,true,\n"
                + "2,123.25,[3],{y:2},1,F,\n");
        assertEquals(List.of("INT64|DECIMAL(5, 2)|INT64[]|STRUCT(x INT64, y INT64)|INT128|BOOL|STRING"),
                rows("LOAD FROM '" + f + "' RETURN typeof(a), typeof(b), typeof(c), typeof(d), typeof(e),"
                        + " typeof(f), typeof(g) LIMIT 1"));
    }

    @Test
    void fileFormatsAndGzip() throws IOException {
        Path gz = dir.resolve("g.csv.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("id,name\n1,a\n2,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(List.of("1|a", "2|b"), rows("LOAD FROM '" + gz + "' RETURN id, name"));
        String bad = file("bad.csv.gz", "not gzip");
        assertEquals("IO exception: Input is not a GZIP stream.", error("LOAD FROM '" + bad + "' RETURN *"));
        String tsv = file("t.tsv", "1\n");
        assertEquals("Binder exception: Cannot load from file type tsv. If this file type is part of a kuzu extension"
                + " please load the extension then try again.", error("LOAD FROM '" + tsv + "' RETURN *"));
        assertEquals(List.of("1"), rows("LOAD FROM '" + tsv + "' (file_format='csv') RETURN *"));
        assertEquals("Binder exception: Provided path is not a file: " + dir + ".",
                error("LOAD FROM '" + dir + "' (file_format='csv') RETURN *"));
    }

    @Test
    void unbracedListsAndQuoteDetection() throws IOException {
        String f = file("u.csv", "a:string[],b:int64[]\nx;y,1;3\n[z],\n");
        assertEquals(List.of("[x,y]|[1,3]", "[z]|"),
                rows("LOAD FROM '" + f + "' (header=true, LIST_UNBRACED=true) RETURN a, b"));
        String q = file("q.csv", "a;b\n1;'[x,y]'\n2;'[z]'\n");
        assertEquals(List.of("1|[x,y]", "2|[z]"), rows("LOAD FROM '" + q + "' RETURN a, b"));
        String multi = file("m.csv", "1,2\n");
        String other = file("m2.csv", "1,2,3\n");
        assertEquals("Binder exception: Number of columns mismatch. Expected 2 but got 3.",
                error("LOAD FROM ['" + multi + "', '" + other + "'] RETURN *"));
    }

    @Test
    void listElementsTakeInnerQuotesLiterally() throws IOException {
        String f = file("lq.csv", "0,\"[xyc\"\"s]\"\n1,\"['toronto', 'montr,eal']\"\n2,\"[aqr\"\"', \"\"\"\", q\"\"w\"\"r, x]\"\n");
        rows("CREATE NODE TABLE Lq (id INT64, f STRING[], PRIMARY KEY(id))");
        rows("COPY Lq FROM '" + f + "'");
        assertEquals(List.of("0|[xyc\"s]|1", "1|['toronto','montr,eal']|2", "2|[aqr\"',\"\",q\"w\"r,x]|4"),
                rows("MATCH (q:Lq) RETURN q.id, q.f, size(q.f) ORDER BY q.id"));
    }

    @Test
    void trailingDelimiterAtTheEndOfTheFile() throws IOException {
        String f = file("t.csv", "\"abc\",");
        rows("CREATE NODE TABLE T (a STRING, PRIMARY KEY(a))");
        rows("COPY T FROM '" + f + "'");
        assertEquals(List.of("abc"), rows("MATCH (t:T) RETURN t.*"));
    }

    @Test
    void bytesThatAreNotUtf8FailTheRow() throws IOException {
        Path f = dir.resolve("bin.csv");
        Files.write(f, new byte[] {'a', ',', (byte) 0x93, 'N', 'U', '\n'});
        assertEquals("Copy exception: Error in file " + f + " on line 1: Invalid UTF8-encoded string."
                + " Line/record containing the error: 'a,\uFFFDNU'", error("LOAD FROM '" + f + "' (file_format='csv') RETURN *"));
    }
}
