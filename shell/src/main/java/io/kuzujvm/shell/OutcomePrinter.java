package io.kuzujvm.shell;

import java.io.PrintStream;

/** Prints a {@link StatementOutcome}: a box table, an update count or an error message. */
public final class OutcomePrinter {

    private final PrintStream out;
    private final BoxTableRenderer renderer = new BoxTableRenderer();

    public OutcomePrinter(PrintStream out) {
        this.out = out;
    }

    public void print(StatementOutcome outcome) {
        if (outcome instanceof StatementOutcome.Rows rows) {
            out.print(renderer.render(rows.table()));
        } else if (outcome instanceof StatementOutcome.Updated updated) {
            out.println(updated.count() < 0 ? "OK" : "OK (" + updated.count() + " affected)");
        } else if (outcome instanceof StatementOutcome.Failed failed) {
            out.println("Error: " + failed.message());
        }
        out.flush();
    }
}
