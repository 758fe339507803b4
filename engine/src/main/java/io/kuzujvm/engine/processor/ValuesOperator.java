package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/** Emits a fixed list of rows (results of DDL, table functions, messages). */
public final class ValuesOperator implements PhysicalOperator {

    private final List<LogicalType> types;
    private final List<Object[]> rows;
    private final String description;
    private int nextRow;

    public ValuesOperator(List<LogicalType> types, List<Object[]> rows, String description) {
        this.types = List.copyOf(types);
        this.rows = List.copyOf(rows);
        this.description = description;
    }

    /** Runs an operator to its end now (and closes it); the rows it gave, to be read again. */
    public static ValuesOperator drain(PhysicalOperator operator, String description) {
        return new ValuesOperator(operator.outputTypes(), readAll(operator), description);
    }

    /** Runs an operator to its end now (and closes it); returns its rows as plain values. */
    public static List<Object[]> readAll(PhysicalOperator operator) {
        List<Object[]> rows = new java.util.ArrayList<>();
        try (operator) {
            DataChunk chunk;
            while ((chunk = operator.next()) != null) {
                rows.addAll(rowsOf(chunk));
            }
        }
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The selected rows of a chunk as plain values. */
    public static List<Object[]> rowsOf(DataChunk chunk) {
        List<Object[]> rows = new java.util.ArrayList<>();
        chunk.selection().forEach(pos -> {
            Object[] row = new Object[chunk.numColumns()];
            for (int c = 0; c < row.length; c++) {
                row[c] = chunk.vector(c).getValue(pos);
            }
            rows.add(row);
        });
        return rows;
    }

    @Override
    public DataChunk next() {
        if (nextRow >= rows.size()) {
            return null;
        }
        int count = Math.min(DataChunk.CAPACITY, rows.size() - nextRow);
        DataChunk chunk = DataChunk.allocate(types, count);
        for (int i = 0; i < count; i++) {
            Object[] row = rows.get(nextRow + i);
            for (int c = 0; c < types.size(); c++) {
                chunk.vector(c).setValue(i, row[c]);
            }
        }
        nextRow += count;
        chunk.setDense(count);
        return chunk;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return types;
    }


    @Override
    public String describe() {
        return description;
    }
}
