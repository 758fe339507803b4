package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a database metadata result set: columns named as the JDBC spec names them,
 * written {@code "NAME"} for a string or {@code "NAME:int"} / {@code :short} / {@code :long}
 * / {@code :bool} for the others, then rows.
 */
final class MetadataTable {

    private final List<String> names = new ArrayList<>();
    private final List<LogicalType> types = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    static MetadataTable of(String... columns) {
        MetadataTable table = new MetadataTable();
        for (String column : columns) {
            int colon = column.indexOf(':');
            String name = colon < 0 ? column : column.substring(0, colon);
            String kind = colon < 0 ? "string" : column.substring(colon + 1);
            table.names.add(name);
            table.types.add(switch (kind) {
                case "string" -> LogicalType.STRING;
                case "int" -> LogicalType.INT32;
                case "short" -> LogicalType.INT16;
                case "long" -> LogicalType.INT64;
                case "bool" -> LogicalType.BOOL;
                default -> throw new IllegalArgumentException("unknown column kind " + kind);
            });
        }
        return table;
    }

    MetadataTable row(Object... values) {
        rows.add(values);
        return this;
    }

    /** Sorts rows by the given columns, nulls first, text ignoring case. */
    MetadataTable sortBy(String... columns) {
        Comparator<Object[]> order = null;
        for (String column : columns) {
            int index = names.indexOf(column);
            Comparator<Object[]> next = Comparator.comparing(row -> row[index], MetadataTable::compareValues);
            order = order == null ? next : order.thenComparing(next);
        }
        if (order != null) {
            rows.sort(order);
        }
        return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof String sa && b instanceof String sb) {
            int c = sa.compareToIgnoreCase(sb);
            return c != 0 ? c : sa.compareTo(sb);
        }
        if (a instanceof Number na && b instanceof Number nb) {
            return Long.compare(na.longValue(), nb.longValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    KuzuResultSet toResultSet() {
        return KuzuResultSet.ofRows(names, types, rows);
    }
}
