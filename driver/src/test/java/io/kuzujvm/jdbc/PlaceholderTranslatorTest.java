package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceholderTranslatorTest {

    private static PlaceholderTranslator.Translation translate(String sql) {
        return PlaceholderTranslator.translate(sql);
    }

    @Test
    void questionMarksBecomeNumberedParameters() {
        PlaceholderTranslator.Translation t = translate("MATCH (p:Person) WHERE p.age > ? AND p.name = ? RETURN p");
        assertEquals("MATCH (p:Person) WHERE p.age > $1 AND p.name = $2 RETURN p", t.cypher());
        assertEquals(List.of("1", "2"), t.parameterNames());
    }

    @Test
    void questionMarksInStringLiteralsAreKept() {
        PlaceholderTranslator.Translation t = translate("RETURN 'why?' AS a, \"who?\" AS b, ? AS c");
        assertEquals("RETURN 'why?' AS a, \"who?\" AS b, $1 AS c", t.cypher());
        assertEquals(1, t.parameterCount());
    }

    @Test
    void escapedQuotesDoNotEndALiteral() {
        PlaceholderTranslator.Translation t = translate("RETURN 'it\\'s ?' AS a, ?");
        assertEquals("RETURN 'it\\'s ?' AS a, $1", t.cypher());
    }

    @Test
    void questionMarksInBackquotedIdentifiersAreKept() {
        PlaceholderTranslator.Translation t = translate("MATCH (n:`Odd?Name`) WHERE n.`x?` = ? RETURN n");
        assertEquals("MATCH (n:`Odd?Name`) WHERE n.`x?` = $1 RETURN n", t.cypher());
    }

    @Test
    void questionMarksInCommentsAreKept() {
        String sql = "MATCH (n) // what?\nWHERE n.id = ? /* really? */ RETURN n";
        PlaceholderTranslator.Translation t = translate(sql);
        assertEquals("MATCH (n) // what?\nWHERE n.id = $1 /* really? */ RETURN n", t.cypher());
        assertEquals(List.of("1"), t.parameterNames());
    }

    @Test
    void unterminatedLiteralRunsToTheEnd() {
        PlaceholderTranslator.Translation t = translate("RETURN ? + 'oops ?");
        assertEquals("RETURN $1 + 'oops ?", t.cypher());
    }

    @Test
    void namedParametersAreNumberedByFirstAppearanceWhenThereIsNoQuestionMark() {
        PlaceholderTranslator.Translation t = translate(
                "MATCH (p:Person) WHERE p.name = $name AND p.age > $age OR p.name = $name RETURN '$notAParam'");
        assertEquals("MATCH (p:Person) WHERE p.name = $name AND p.age > $age OR p.name = $name RETURN '$notAParam'",
                t.cypher());
        assertEquals(List.of("name", "age"), t.parameterNames());
    }

    @Test
    void textWithoutParametersIsUnchanged() {
        PlaceholderTranslator.Translation t = translate("RETURN 1");
        assertEquals("RETURN 1", t.cypher());
        assertEquals(0, t.parameterCount());
    }
}
