package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplTest {

    private final FakeConnection fake = new FakeConnection();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int failures;

    private String run(String input, boolean interactive) throws Exception {
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        failures = new Repl(fake.connection(), new BufferedReader(new StringReader(input)), out, interactive).run();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pipedInputPrintsNoPrompts() throws Exception {
        String output = run("RETURN\n1;\n", false);
        assertEquals(List.of("RETURN\n1"), fake.executed);
        assertEquals("""
                ┌───────────┐
                │ statement │
                │ STRING    │
                ├───────────┤
                │ RETURN    │
                │ 1         │
                └───────────┘
                (1 tuple)
                """, output);
    }

    @Test
    void interactiveInputShowsPromptAndContinuationPrompt() throws Exception {
        String output = run("RETURN\n1;\n:quit\nRETURN 2;\n", true);
        assertTrue(output.startsWith("kuzu>    -> ┌"), output);
        assertTrue(output.endsWith("(1 tuple)\nkuzu> "), output);
        assertEquals(List.of("RETURN\n1"), fake.executed);
    }

    @Test
    void errorsArePrintedAndTheSessionContinues() throws Exception {
        String output = run("FAIL now; CREATE NODE TABLE T(a INT64, PRIMARY KEY(a));\nRETURN 3;", false);
        assertEquals(List.of("FAIL now", "CREATE NODE TABLE T(a INT64, PRIMARY KEY(a))", "RETURN 3"), fake.executed);
        assertTrue(output.startsWith("Error: Parser exception: cannot parse FAIL now\nOK (0 affected)\n"), output);
        assertTrue(output.contains("│ RETURN 3  │"), output);
        assertEquals(1, failures);
    }

    @Test
    void commandsAreHandledOutsideStatements() throws Exception {
        String output = run(":help\n:bogus\n:exit\nRETURN 1;\n", false);
        assertTrue(output.contains(":quit"), output);
        assertTrue(output.contains("Unknown command: :bogus"), output);
        assertEquals(List.of(), fake.executed);
    }

    @Test
    void colonInsideAStatementIsNotACommand() throws Exception {
        run("MATCH (p\n:Person) RETURN p;\n", false);
        assertEquals(List.of("MATCH (p\n:Person) RETURN p"), fake.executed);
    }

    @Test
    void endOfInputRunsTheUnterminatedStatement() throws Exception {
        run("RETURN 1; RETURN 2", false);
        assertEquals(List.of("RETURN 1", "RETURN 2"), fake.executed);
    }
}
