package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * A fixed-capacity slice of a table's rows ({@link #CAPACITY} rows: a node group, or the
 * properties of that many rels), one typed, null-masked column vector per property. It is
 * the unit of copy-on-write: an update replaces one column with a copy in a new group that
 * shares the other columns, so snapshots holding the old group keep its values.
 */
final class RowGroup {

    static final int CAPACITY = 1 << 17;
    private static final int INITIAL_CHUNK_CAPACITY = 2048;

    private final ValueVector[] columns;

    RowGroup(List<LogicalType> types) {
        columns = new ValueVector[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ValueVector(types.get(i), INITIAL_CHUNK_CAPACITY);
        }
    }

    private RowGroup(ValueVector[] columns) {
        this.columns = columns;
    }

    ValueVector column(int index) {
        return columns[index];
    }

    /** A group with a private copy of the first {@code rows} values of one column and the others shared. */
    RowGroup withColumnCopied(int index, int rows) {
        ValueVector old = columns[index];
        ValueVector copy = new ValueVector(old.type(), Math.max(rows, INITIAL_CHUNK_CAPACITY));
        copy.copyRange(old, 0, 0, rows);
        ValueVector[] copied = columns.clone();
        copied[index] = copy;
        return new RowGroup(copied);
    }

    /** Sets row {@code row} from the given vectors at {@code pos}. */
    void set(int row, ValueVector[] source, int pos) {
        for (int c = 0; c < columns.length; c++) {
            columns[c].ensureCapacity(row + 1);
            columns[c].copyFrom(source[c], pos, row);
        }
    }

    /** Sets rows [row, row + count) from positions [from, from + count) of the given vectors. */
    void setRange(int row, ValueVector[] source, int from, int count) {
        for (ValueVector column : columns) {
            column.ensureCapacity(row + count);
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c].copyRange(source[c], from, row, count);
        }
    }

    /** Sets rows [row, row + count) to null in every column. */
    void setNulls(int row, int count) {
        for (ValueVector column : columns) {
            column.ensureCapacity(row + count);
            for (int r = row; r < row + count; r++) {
                column.setNull(r, true);
            }
        }
    }
}
