package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void splitsAtSemicolons() {
        assertEquals(List.of("RETURN 1", "RETURN 2"), StatementSplitter.splitAll("RETURN 1; RETURN 2;"));
    }

    @Test
    void dropsEmptyStatements() {
        assertEquals(List.of("RETURN 1"), StatementSplitter.splitAll(";;  RETURN 1;; ;"));
    }

    @Test
    void keepsSemicolonsInsideStrings() {
        assertEquals(List.of("RETURN 'a;b' AS x", "RETURN \"c;d\""),
                StatementSplitter.splitAll("RETURN 'a;b' AS x; RETURN \"c;d\";"));
    }

    @Test
    void keepsEscapedQuotesInsideStrings() {
        assertEquals(List.of("RETURN 'it\\'s; fine'", "RETURN 2"),
                StatementSplitter.splitAll("RETURN 'it\\'s; fine'; RETURN 2;"));
    }

    @Test
    void keepsSemicolonsInsideBackQuotedNames() {
        assertEquals(List.of("MATCH (n:`odd;label`) RETURN n"),
                StatementSplitter.splitAll("MATCH (n:`odd;label`) RETURN n;"));
    }

    @Test
    void ignoresSemicolonsInComments() {
        assertEquals(List.of("RETURN 1 // one; two\nAS x", "RETURN /* a; b */ 2"),
                StatementSplitter.splitAll("RETURN 1 // one; two\nAS x; RETURN /* a; b */ 2;"));
    }

    @Test
    void relationshipArrowsAreNotComments() {
        assertEquals(List.of("MATCH (a)--(b) RETURN a", "RETURN 2"),
                StatementSplitter.splitAll("MATCH (a)--(b) RETURN a; RETURN 2;"));
    }

    @Test
    void statementsSpanLines() {
        StatementSplitter splitter = new StatementSplitter();
        assertTrue(splitter.isEmpty());
        assertEquals(List.of(), splitter.feed("MATCH (p:Person)"));
        assertFalse(splitter.isEmpty());
        assertEquals(List.of(), splitter.feed("WHERE p.name = 'x;"));
        assertEquals(List.of(), splitter.feed("y' /* a"));
        assertEquals(List.of(), splitter.feed("; */"));
        assertEquals(List.of("MATCH (p:Person)\nWHERE p.name = 'x;\ny' /* a\n; */\nRETURN p"),
                splitter.feed("RETURN p; RETURN"));
        assertFalse(splitter.isEmpty());
        assertEquals(List.of("RETURN\n1"), splitter.feed("1;"));
        assertTrue(splitter.isEmpty());
    }

    @Test
    void lineCommentEndsAtEndOfLine() {
        StatementSplitter splitter = new StatementSplitter();
        assertEquals(List.of(), splitter.feed("RETURN 1 // comment; not the end"));
        assertEquals(List.of("RETURN 1 // comment; not the end\nAS one"), splitter.feed("AS one;"));
    }

    @Test
    void commentOnlyInputIsEmpty() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.feed("// just a comment");
        assertTrue(splitter.isEmpty());
        splitter.feed("/* open");
        assertFalse(splitter.isEmpty());
        splitter.feed("close */");
        assertTrue(splitter.isEmpty());
        assertNull(splitter.drainRemainder());
    }

    @Test
    void drainReturnsUnterminatedStatement() {
        StatementSplitter splitter = new StatementSplitter();
        assertEquals(List.of("RETURN 1"), splitter.feed("RETURN 1; RETURN 2"));
        assertEquals("RETURN 2", splitter.drainRemainder());
        assertTrue(splitter.isEmpty());
        assertNull(splitter.drainRemainder());
    }
}
