package io.kuzujvm.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --demo} walkthrough: starts an embedded PostgreSQL server with the
 * {@code university} database, then runs {@link DemoSteps} against a Kùzu database,
 * printing each statement (password masked) and its result.
 */
public final class Demo {

    /** One executed step and what it produced. */
    public record StepResult(DemoStep step, StatementOutcome outcome) {}

    /** All executed steps; {@code setupError} is set when the demo could not start. */
    public record Report(List<StepResult> steps, String setupError) {

        public boolean succeeded() {
            return setupError == null && steps.stream().allMatch(s -> s.outcome().succeeded());
        }

        /** The outcome of the step with this statement text, or null when it did not run. */
        public StatementOutcome outcomeOf(String statement) {
            for (StepResult result : steps) {
                if (result.step().statement().equals(statement)) {
                    return result.outcome();
                }
            }
            return null;
        }
    }

    private final String kuzuUrl;
    private final PrintStream out;

    public Demo(String kuzuUrl, PrintStream out) {
        this.kuzuUrl = kuzuUrl;
        this.out = out;
    }

    public Report run() {
        out.println("Starting an embedded PostgreSQL server with database '" + UniversityDatabase.DATABASE
                + "' and table person(name VARCHAR, age INTEGER) ...");
        out.flush();
        try (UniversityDatabase postgres = UniversityDatabase.start()) {
            out.println("PostgreSQL is listening on localhost:" + postgres.port() + ".");
            out.println("Opening " + kuzuUrl);
            out.println();
            try (Connection connection = DriverManager.getConnection(kuzuUrl)) {
                return new Report(runSteps(connection, DemoSteps.postgresExample(postgres.port())), null);
            }
        } catch (Exception e) {
            String message = "Error: " + describe(e);
            out.println(message);
            out.flush();
            return new Report(List.of(), message);
        }
    }

    private List<StepResult> runSteps(Connection connection, List<DemoStep> steps) {
        StatementExecutor executor = new StatementExecutor(connection);
        OutcomePrinter printer = new OutcomePrinter(out);
        List<StepResult> results = new ArrayList<>();
        for (DemoStep step : steps) {
            out.println(Repl.PROMPT + step.shown());
            StatementOutcome outcome = executor.execute(step.executed());
            printer.print(outcome);
            out.println();
            results.add(new StepResult(step, outcome));
        }
        long failed = results.stream().filter(r -> !r.outcome().succeeded()).count();
        out.println(failed == 0
                ? "Demo finished: all " + results.size() + " statements succeeded."
                : "Demo finished: " + failed + " of " + results.size() + " statements failed.");
        out.flush();
        return results;
    }

    private static String describe(Exception e) {
        String message = e instanceof SQLException sql ? StatementExecutor.messageOf(sql) : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
