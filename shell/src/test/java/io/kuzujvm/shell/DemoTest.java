package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole {@code --demo} in-process against an embedded PostgreSQL server and the
 * real {@code jdbc:kuzu:} driver, and checks what it printed and returned.
 */
class DemoTest {

    private static Demo.Report report;
    private static String output;

    @BeforeAll
    static void runDemo() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        report = new Demo(ShellOptions.DEFAULT_URL, out).run();
        output = buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyStepSucceeds() {
        assertNull(report.setupError(), output);
        assertEquals(DemoSteps.postgresExample(5432).size(), report.steps().size(), output);
        assertTrue(report.succeeded(), output);
    }

    @Test
    void printsStatementsWithPasswordMasked() {
        assertTrue(output.contains("kuzu> INSTALL postgres_scanner;"), output);
        assertTrue(output.contains("password=*** port="), output);
        assertFalse(output.contains("password=" + DemoSteps.PASSWORD), output);
        assertTrue(output.contains("kuzu> DETACH uw;"), output);
    }

    @Test
    void loadReturnsEveryPerson() {
        ResultTable table = rowsOf(DemoSteps.LOAD_ALL);
        assertEquals(expectedPeople(), namesWithAges(table), output);
        assertEquals(4, table.rows().size(), output);
        for (Object[] person : UniversityDatabase.PEOPLE) {
            assertTrue(output.matches("(?s).*│ " + person[0] + " +│ " + person[1] + " +│.*"),
                    "printed table lacks " + person[0] + " " + person[1] + "\n" + output);
        }
    }

    @Test
    void filteredLoadReturnsAliceAndBob() {
        ResultTable table = rowsOf(DemoSteps.LOAD_FILTERED);
        assertEquals(1, table.columns().size(), output);
        assertEquals("name", table.columns().get(0).name(), output);
        assertEquals(2, table.rows().size(), output);
        assertEquals(Set.of("Alice", "Bob"), new HashSet<>(table.column(0)), output);
    }

    @Test
    void explainShowsTheSqlSentToPostgres() {
        ResultTable table = rowsOf(DemoSteps.EXPLAIN_FILTERED);
        StringBuilder plan = new StringBuilder();
        for (List<String> row : table.rows()) {
            for (String value : row) {
                plan.append(value).append('\n');
            }
        }
        String text = plan.toString();
        assertTrue(text.contains("SELECT"), text);
        assertTrue(text.contains("\"age\" > 25"), text);
    }

    @Test
    void copiedNodesMatchTheSource() {
        ResultTable table = rowsOf(DemoSteps.MATCH_COPIED);
        assertEquals(expectedPeople(), namesWithAges(table), output);
    }

    private static ResultTable rowsOf(String statement) {
        StatementOutcome outcome = report.outcomeOf(statement);
        return assertInstanceOf(StatementOutcome.Rows.class, outcome, statement + "\n" + output).table();
    }

    private static Set<String> expectedPeople() {
        Set<String> people = new HashSet<>();
        for (Object[] person : UniversityDatabase.PEOPLE) {
            people.add(person[0] + "=" + person[1]);
        }
        return people;
    }

    /** "name=age" for each row, finding the columns by name suffix (name, p.name, ...). */
    private static Set<String> namesWithAges(ResultTable table) {
        int name = columnEndingWith(table, "name");
        int age = columnEndingWith(table, "age");
        Set<String> people = new HashSet<>();
        for (List<String> row : table.rows()) {
            people.add(row.get(name) + "=" + row.get(age));
        }
        return people;
    }

    private static int columnEndingWith(ResultTable table, String suffix) {
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i).name().toLowerCase(java.util.Locale.ROOT);
            if (column.equals(suffix) || column.endsWith("." + suffix)) {
                return i;
            }
        }
        throw new AssertionError("no column " + suffix + " in " + table.columns() + "\n" + output);
    }
}
