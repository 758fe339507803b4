package io.kuzujvm.tck.run;

import java.sql.SQLException;
import java.util.List;

/**
 * What running one query produced: the results read before it ended, and how it ended.
 *
 * @param results results read in order (several for a query with several statements)
 * @param error the SQLException that ended it, or null
 * @param crash anything else thrown by the driver (a JDBC driver must not), or null
 * @param timedOut the query did not finish in time
 */
public record ExecutionOutcome(List<ResultTable> results, SQLException error, Throwable crash,
        boolean timedOut) {

    public ExecutionOutcome {
        results = List.copyOf(results);
    }

    public static ExecutionOutcome timeout() {
        return new ExecutionOutcome(List.of(), null, null, true);
    }

    public static ExecutionOutcome crashed(Throwable t) {
        return new ExecutionOutcome(List.of(), null, t, false);
    }

    public boolean succeeded() {
        return error == null && crash == null && !timedOut;
    }

    /** A short description of why it did not succeed. */
    public String failureSummary() {
        if (timedOut) {
            return "timed out";
        }
        if (crash != null) {
            return "driver threw " + crash;
        }
        if (error != null) {
            return "error: " + error.getMessage();
        }
        return "ok";
    }
}
