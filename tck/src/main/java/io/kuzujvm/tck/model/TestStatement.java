package io.kuzujvm.tck.model;

import java.util.List;

/**
 * One {@code -STATEMENT} with its expected results.
 *
 * @param connection connection name ({@code [conn2]}), or {@link #DEFAULT_CONNECTION}
 * @param query the Cypher text, variables already substituted
 * @param results expected results; a query with several statements has several
 * @param line 1-based line of the {@code -STATEMENT} in its file
 */
public record TestStatement(String connection, String query, List<ExpectedResult> results,
        boolean checkOrder, boolean checkColumnNames, boolean checkPrecision, String label,
        int line) implements CaseStep {

    public static final String DEFAULT_CONNECTION = "conn_default";

    public TestStatement {
        results = List.copyOf(results);
    }

    /** The expected result for the i-th result of the query (the last one repeats). */
    public ExpectedResult resultAt(int index) {
        return results.get(Math.min(index, results.size() - 1));
    }
}
