package io.kuzujvm.tck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kuzujvm.tck.model.CaseStep;
import io.kuzujvm.tck.model.ExpectedResult;
import io.kuzujvm.tck.model.TestCase;
import io.kuzujvm.tck.model.TestFile;
import io.kuzujvm.tck.model.TestStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestFileParserTest {

    private static TestFile parse(String text) throws TestFormatException {
        return parse(text, false);
    }

    private static TestFile parse(String text, boolean ignoreSkip) throws TestFormatException {
        return new TestFileParser(new TestFileParser.Options(
                Map.of("KUZU_ROOT_DIRECTORY", "/root/kt"), ignoreSkip))
                .parse("test/test_files/x/a.test", "x", text);
    }

    private static TestStatement statement(TestCase c, int index) {
        return (TestStatement) c.steps().stream().filter(s -> s instanceof TestStatement)
                .toList().get(index);
    }

    @Test
    void headerCasesAndResults() throws Exception {
        TestFile f = parse("""
                -DATASET CSV tinysnb

                --

                -CASE First
                -LOG label one
                -STATEMENT MATCH (a:person) RETURN a.fName
                ---- 2
                Bob
                Alice
                -STATEMENT CREATE (:person {ID: 1})
                ---- ok
                -CASE Second
                -CHECK_ORDER
                -STATEMENT RETURN 1
                ---- error
                Binder exception: first line
                second line
                -STATEMENT RETURN 2
                ---- hash
                3 tuples hashed to 0123456789abcdef0123456789abcdef
                """);
        assertEquals("tinysnb", f.dataset().name());
        assertEquals("CSV", f.dataset().loader());
        assertEquals(2, f.cases().size());
        TestCase first = f.cases().get(0);
        assertEquals("First", first.name());
        TestStatement s0 = statement(first, 0);
        assertEquals("MATCH (a:person) RETURN a.fName", s0.query());
        assertEquals("label one", s0.label());
        assertEquals(new ExpectedResult.Tuples(2, List.of("Bob", "Alice")), s0.results().get(0));
        assertInstanceOf(ExpectedResult.Ok.class, statement(first, 1).results().get(0));
        TestCase second = f.cases().get(1);
        TestStatement e = statement(second, 0);
        assertTrue(e.checkOrder());
        assertEquals(new ExpectedResult.Error("Binder exception: first line\nsecond line"),
                e.results().get(0));
        assertFalse(statement(second, 1).checkOrder());
        assertEquals(new ExpectedResult.Hash(3, "0123456789abcdef0123456789abcdef"),
                statement(second, 1).results().get(0));
    }

    @Test
    void multiLineStatementIsGluedAsKuzuDoes() throws Exception {
        TestFile f = parse("""
                -DATASET CSV empty
                --
                -CASE A
                -STATEMENT MATCH (a)
                           WHERE a.x = 1
                           RETURN a
                ## a comment ends the statement text
                ---- 0
                """);
        assertEquals("MATCH (a)           WHERE a.x = 1            RETURN a",
                statement(f.cases().get(0), 0).query());
    }

    @Test
    void firstLineWhitespaceOutsideQuotesIsCollapsed() throws Exception {
        TestFile f = parse("""
                -DATASET CSV empty
                --
                -CASE A
                -STATEMENT RETURN   'a  b'  AS x
                ---- 1
                a  b
                """);
        assertEquals("RETURN 'a  b' AS x", statement(f.cases().get(0), 0).query());
    }

    @Test
    void variablesAndConnectionsAndBlocks() throws Exception {
        TestFile f = parse("""
                -DATASET CSV empty
                --
                -DEFINE_STATEMENT_BLOCK create [
                -STATEMENT CREATE NODE TABLE t(id INT64, PRIMARY KEY(id))
                ---- ok
                ]
                -CASE A
                -CREATE_CONNECTION conn2
                -INSERT_STATEMENT_BLOCK create
                -SET LIST ARANGE 1 3
                -SET S REPEAT 2 "x${count},"
                -STATEMENT [conn2] COPY t FROM "${KUZU_ROOT_DIRECTORY}/dataset/a.csv" ${LIST} ${S}
                ---- ok
                """);
        TestCase c = f.cases().get(0);
        assertInstanceOf(CaseStep.CreateConnection.class, c.steps().get(0));
        assertEquals("CREATE NODE TABLE t(id INT64, PRIMARY KEY(id))", statement(c, 0).query());
        TestStatement s = statement(c, 1);
        assertEquals("conn2", s.connection());
        assertEquals("COPY t FROM \"/root/kt/dataset/a.csv\" [1,2,3] x1,x2,", s.query());
        assertTrue(c.usesSeveralConnections());
    }

    @Test
    void loopsExpandAndUnsupportedDirectivesAreSteps() throws Exception {
        TestFile f = parse("""
                -DATASET CSV empty
                --
                -CASE A
                -LOOP i 1 3
                -STATEMENT RETURN ${i}
                ---- 1
                ${i}
                -ENDLOOP
                -RELOADDB
                -STATEMENT RETURN 9
                ---- 1
                9
                """);
        TestCase c = f.cases().get(0);
        assertEquals(4, c.statementCount());
        assertEquals("RETURN 3", statement(c, 2).query());
        assertEquals(new ExpectedResult.Tuples(1, List.of("2")), statement(c, 1).results().get(0));
        assertInstanceOf(CaseStep.ReloadDatabase.class, c.steps().get(3));
        assertTrue(c.reloadsDatabase());
    }

    @Test
    void skipsApplyUnlessIgnored() throws Exception {
        String text = """
                -DATASET CSV empty
                --
                -CASE A
                -SKIP
                -STATEMENT RETURN 1
                ---- ok
                -CASE B
                -SKIP_IN_MEM
                -STATEMENT RETURN 1
                ---- ok
                -CASE C
                -SKIP_WASM
                -STATEMENT RETURN 1
                ---- ok
                """;
        List<TestCase> cases = parse(text).cases();
        assertTrue(cases.get(0).skipped());
        assertTrue(cases.get(1).skipped());
        assertFalse(cases.get(2).skipped());
        List<TestCase> ignoring = parse(text, true).cases();
        assertFalse(ignoring.get(0).skipped());
        assertTrue(ignoring.get(1).skipped());
        assertTrue(parse("-SKIP\n-DATASET CSV empty\n--\n").skipped());
    }

    @Test
    void severalResultsAndRegexErrors() throws Exception {
        TestFile f = parse("""
                -DATASET PARQUET CSV_TO_PARQUET(tinysnb)
                --
                -CASE A
                -STATEMENT RETURN 1; RETURN 2;
                ---- 1
                1
                ---- error(regex)
                ^Binder.*$
                """);
        assertEquals("CSV_TO_PARQUET", f.dataset().loader());
        assertEquals("tinysnb", f.dataset().name());
        TestStatement s = statement(f.cases().get(0), 0);
        assertEquals(2, s.results().size());
        assertEquals(new ExpectedResult.ErrorRegex("^Binder.*$"), s.resultAt(5));
    }

    @Test
    void malformedFilesAreRejected() {
        assertThrows(TestFormatException.class, () -> parse("-DATASET CSV empty\n"));
        assertThrows(TestFormatException.class, () -> parse("""
                -DATASET CSV empty
                --
                -CASE A
                -STATEMENT RETURN 1
                ---- 3
                1
                """));
        assertThrows(TestFormatException.class, () -> parse("""
                -DATASET CSV empty
                --
                -CASE A
                -INSERT_STATEMENT_BLOCK nope
                """));
    }
}
