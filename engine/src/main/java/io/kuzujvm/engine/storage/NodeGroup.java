package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * A fixed-capacity slice of a node table's rows ({@link #CAPACITY} rows), one typed,
 * null-masked column chunk per property. Rows are appended; offsets are stable.
 */
final class NodeGroup {

    static final int CAPACITY = 1 << 17;
    private static final int INITIAL_CHUNK_CAPACITY = 2048;

    private final ValueVector[] columns;
    private int numRows;

    NodeGroup(List<Property> properties) {
        columns = new ValueVector[properties.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ValueVector(properties.get(i).type(), INITIAL_CHUNK_CAPACITY);
        }
    }

    int numRows() {
        return numRows;
    }

    int remainingCapacity() {
        return CAPACITY - numRows;
    }

    ValueVector column(int index) {
        return columns[index];
    }

    /** Appends one row taken from the given vectors at {@code pos}; returns its offset in the group. */
    int append(ValueVector[] source, int pos) {
        int offset = numRows;
        for (int c = 0; c < columns.length; c++) {
            columns[c].ensureCapacity(offset + 1);
            columns[c].copyFrom(source[c], pos, offset);
        }
        numRows++;
        return offset;
    }

    /** Appends positions [from, from + count) of the given vectors (count fits the remaining capacity). */
    void appendRange(ValueVector[] source, int from, int count) {
        int offset = numRows;
        for (int c = 0; c < columns.length; c++) {
            columns[c].ensureCapacity(offset + count);
            columns[c].copyRange(source[c], from, offset, count);
        }
        numRows += count;
    }

    /** Drops the rows from {@code rowCount} on (rollback of a failed append). */
    void truncate(int rowCount) {
        for (int row = rowCount; row < numRows; row++) {
            for (ValueVector column : columns) {
                column.setNull(row, true);
            }
        }
        numRows = rowCount;
    }
}
