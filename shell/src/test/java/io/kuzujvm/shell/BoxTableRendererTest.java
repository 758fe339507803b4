package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxTableRendererTest {

    private final BoxTableRenderer renderer = new BoxTableRenderer();

    @Test
    void rendersNamesTypesAndRows() {
        ResultTable table = new ResultTable(
                List.of(new ResultTable.Column("p.name", "STRING"), new ResultTable.Column("p.age", "INT32")),
                List.of(List.of("Alice", "30"), Arrays.asList("Bob", null), List.of("Carolina", "19")));
        String expected = """
                ┌──────────┬───────┐
                │ p.name   │ p.age │
                │ STRING   │ INT32 │
                ├──────────┼───────┤
                │ Alice    │ 30    │
                │ Bob      │       │
                │ Carolina │ 19    │
                └──────────┴───────┘
                (3 tuples)
                """;
        assertEquals(expected, renderer.render(table));
    }

    @Test
    void singleRowSaysTuple() {
        ResultTable table = new ResultTable(
                List.of(new ResultTable.Column("x", "INT64")), List.of(List.of("1")));
        String expected = """
                ┌───────┐
                │ x     │
                │ INT64 │
                ├───────┤
                │ 1     │
                └───────┘
                (1 tuple)
                """;
        assertEquals(expected, renderer.render(table));
    }

    @Test
    void emptyResultKeepsHeader() {
        ResultTable table = new ResultTable(List.of(new ResultTable.Column("name", "STRING")), List.of());
        String expected = """
                ┌────────┐
                │ name   │
                │ STRING │
                ├────────┤
                └────────┘
                (0 tuples)
                """;
        assertEquals(expected, renderer.render(table));
    }

    @Test
    void multiLineValuesSpreadOverLines() {
        ResultTable table = new ResultTable(
                List.of(new ResultTable.Column("explain", "STRING"), new ResultTable.Column("n", "INT64")),
                List.of(List.of("Scan\n  Filter", "7")));
        String expected = """
                ┌──────────┬───────┐
                │ explain  │ n     │
                │ STRING   │ INT64 │
                ├──────────┼───────┤
                │ Scan     │ 7     │
                │   Filter │       │
                └──────────┴───────┘
                (1 tuple)
                """;
        assertEquals(expected, renderer.render(table));
    }

    @Test
    void widthCountsCodePointsNotBytes() {
        ResultTable table = new ResultTable(
                List.of(new ResultTable.Column("name", "")), List.of(List.of("Kùzu")));
        String expected = """
                ┌──────┐
                │ name │
                │      │
                ├──────┤
                │ Kùzu │
                └──────┘
                (1 tuple)
                """;
        assertEquals(expected, renderer.render(table));
    }

    @Test
    void rowsMustMatchColumns() {
        assertThrows(IllegalArgumentException.class, () -> new ResultTable(
                List.of(new ResultTable.Column("a", "INT64")), List.of(List.of("1", "2"))));
    }
}
