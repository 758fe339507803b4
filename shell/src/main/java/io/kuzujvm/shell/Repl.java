package io.kuzujvm.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.util.Locale;

/**
 * The read-eval-print loop: reads lines, cuts them into statements, runs each and prints
 * its outcome. Prompts ({@code kuzu> }, then {@code    -> } while a statement is
 * unfinished) are printed only when the session is interactive, so piped input gives
 * clean output. Lines starting with {@code :} outside a statement are shell commands.
 */
public final class Repl {

    static final String PROMPT = "kuzu> ";
    static final String CONTINUATION_PROMPT = "   -> ";

    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final StatementExecutor executor;
    private final OutcomePrinter printer;
    private final StatementSplitter splitter = new StatementSplitter();
    private int failures;

    public Repl(Connection connection, BufferedReader in, PrintStream out, boolean interactive) {
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.executor = new StatementExecutor(connection);
        this.printer = new OutcomePrinter(out);
    }

    /** Runs until {@code :quit}, {@code :exit} or end of input; returns the number of failed statements. */
    public int run() throws IOException {
        while (true) {
            if (interactive) {
                out.print(splitter.isEmpty() ? PROMPT : CONTINUATION_PROMPT);
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                String rest = splitter.drainRemainder();
                if (rest != null) {
                    runStatement(rest);
                }
                if (interactive) {
                    out.println();
                }
                return failures;
            }
            if (splitter.isEmpty() && line.strip().startsWith(":")) {
                if (!runCommand(line.strip())) {
                    return failures;
                }
                continue;
            }
            for (String statement : splitter.feed(line)) {
                runStatement(statement);
            }
        }
    }

    private void runStatement(String statement) {
        StatementOutcome outcome = executor.execute(statement);
        if (!outcome.succeeded()) {
            failures++;
        }
        printer.print(outcome);
    }

    /** Runs a shell command; returns false when the session should end. */
    private boolean runCommand(String command) {
        String name = command.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        switch (name) {
            case ":quit", ":exit" -> {
                return false;
            }
            case ":help" -> out.print(helpText());
            default -> out.println("Unknown command: " + name + ". Enter \":help\" for usage hints.");
        }
        out.flush();
        return true;
    }

    static String helpText() {
        return """
                    :help     show this help
                    :quit     exit the shell (also :exit or end of input)

                    Statements are Cypher and end with ';'; they may span several lines.
                    Results show each column's name and Kùzu type, then the rows.
                """;
    }
}
