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
