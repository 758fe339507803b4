package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ORDER BY: materializes its input, sorts it by the key columns and emits it in chunks.
 * Nulls sort as the largest values (last ascending, first descending), as in Kùzu.
 */
public final class SortOperator extends RowPreservingOperator {

    /** One sort key: a column of the input and its direction. */
    public record SortKey(int column, boolean ascending) {
    }

    private final List<SortKey> keys;
    private List<Object[]> sorted;
    private int nextRow;

    public SortOperator(PhysicalOperator child, List<SortKey> keys) {
        super(child);
        this.keys = List.copyOf(keys);
    }

    @Override
    public DataChunk next() {
        if (sorted == null) {
            sorted = materialize();
            sorted.sort(comparator());
        }
        if (nextRow >= sorted.size()) {
            return null;
        }
        List<LogicalType> types = outputTypes();
        int count = Math.min(DataChunk.CAPACITY, sorted.size() - nextRow);
        DataChunk chunk = DataChunk.allocate(types, count);
        for (int i = 0; i < count; i++) {
            Object[] row = sorted.get(nextRow + i);
            for (int c = 0; c < types.size(); c++) {
                chunk.vector(c).setValue(i, row[c]);
            }
        }
        nextRow += count;
        chunk.setDense(count);
        return chunk;
    }

    private List<Object[]> materialize() {
        List<Object[]> rows = new ArrayList<>();
        int width = outputTypes().size();
        DataChunk chunk;
        while ((chunk = child.next()) != null) {
            DataChunk input = chunk;
            input.selection().forEach(pos -> {
                Object[] row = new Object[width];
                for (int c = 0; c < width; c++) {
                    row[c] = input.vector(c).getValue(pos);
                }
                rows.add(row);
            });
        }
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<Object[]> comparator() {
        return (a, b) -> {
            for (SortKey key : keys) {
                Object x = a[key.column()];
                Object y = b[key.column()];
                int order;
                if (x == null || y == null) {
                    order = x == null ? (y == null ? 0 : 1) : -1;
                } else if (x instanceof Number nx && y instanceof Number ny && !(x.getClass().equals(y.getClass()))) {
                    order = Double.compare(nx.doubleValue(), ny.doubleValue());
                } else {
                    order = ((Comparable) x).compareTo(y);
                }
                if (order != 0) {
                    return key.ascending() ? order : -order;
                }
            }
            return 0;
        };
    }



    @Override
    public String describe() {
        return "Sort(" + keys + ")";
    }
}
