package io.kuzujvm.tck.run;

import java.util.List;

/**
 * One result of a statement as read through JDBC: column labels and types, and each row's
 * values as {@code getString} (null rendered as the empty string). An update count result has
 * no columns and no rows.
 */
public record ResultTable(List<String> columnNames, List<Integer> columnTypes,
        List<List<String>> rows, long updateCount) {

    public ResultTable {
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        rows = List.copyOf(rows);
    }

    public static ResultTable updateCount(long count) {
        return new ResultTable(List.of(), List.of(), List.of(), count);
    }

    public boolean isResultSet() {
        return updateCount < 0;
    }

    /** Rows as Kùzu's test runner prints them: values joined by {@code |}. */
    public List<String> renderedRows() {
        return rows.stream().map(r -> String.join("|", r)).toList();
    }

    public String renderedColumnNames() {
        return String.join("|", columnNames);
    }
}
