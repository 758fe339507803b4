package io.kuzujvm.shell;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fully read query result as text: column names, their Kùzu type names and the rows,
 * each value as the driver renders it ({@code null} for NULL).
 */
public record ResultTable(List<Column> columns, List<List<String>> rows) {

    /** One result column: its name and the Kùzu type shown below the name. */
    public record Column(String name, String typeName) {
        public Column {
            Objects.requireNonNull(name, "name");
            typeName = typeName == null ? "" : typeName;
        }
    }

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " values for " + columns.size() + " columns");
            }
            // List.copyOf rejects nulls, and NULL values are legitimate here.
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    /** Reads a result set to its end (it is not closed here). */
    public static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<Column> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<String> row = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                row.add(resultSet.getString(i));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** The index of the column with this name (case-insensitive), or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** All values of one column, in row order. */
    public List<String> column(int index) {
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            values.add(row.get(index));
        }
        return values;
    }
}
