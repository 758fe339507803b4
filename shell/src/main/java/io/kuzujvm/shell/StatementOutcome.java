package io.kuzujvm.shell;

/** What running one statement produced. */
public sealed interface StatementOutcome {

    /** True unless the statement failed. */
    default boolean succeeded() {
        return !(this instanceof Failed);
    }

    /** The statement returned rows. */
    record Rows(ResultTable table) implements StatementOutcome {}

    /** The statement returned no result set; {@code count} is the update count or -1. */
    record Updated(long count) implements StatementOutcome {}

    /** The statement failed with this message. */
    record Failed(String message) implements StatementOutcome {}
}
