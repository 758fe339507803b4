package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Rows built in memory (database metadata), held as the engine would hold them. */
final class InMemoryRowCursor implements RowCursor {

    private final List<String> names;
    private final List<LogicalType> types;
    private final List<Object[]> rows;
    private int index = -1;

    InMemoryRowCursor(List<String> names, List<LogicalType> types, List<Object[]> rows) {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + types.size() + " types");
        }
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.rows = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row.length != names.size()) {
                throw new IllegalArgumentException("row of " + row.length + " values for " + names.size() + " columns");
            }
            this.rows.add(normalize(row));
        }
    }

    /** Integers become Long, as the engine returns them, so getObject maps them by column type. */
    private static Object[] normalize(Object[] row) {
        Object[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Integer || copy[i] instanceof Short || copy[i] instanceof Byte) {
                copy[i] = ((Number) copy[i]).longValue();
            } else if (copy[i] instanceof Float f) {
                copy[i] = f.doubleValue();
            } else if (copy[i] instanceof BigInteger b && b.bitLength() < 64) {
                copy[i] = b.longValue();
            }
        }
        return copy;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public List<LogicalType> columnTypes() {
        return types;
    }

    @Override
    public boolean next() {
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    public Object value(int column) {
        return rows.get(index)[column];
    }

    @Override
    public boolean hasAnyRow() {
        return !rows.isEmpty();
    }

    @Override
    public Boolean isLastIfKnown() {
        return index == rows.size() - 1;
    }

    @Override
    public void close() {
    }
}
