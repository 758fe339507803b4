package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of one table (a node table's properties, or a rel table's by rel id) in
 * {@link RowGroup}s, and which of them are deleted, as the write transaction changes them.
 * Copy-on-write against the last published {@link Version}: appends go past its row count
 * (also into the vectors of its last group, which its readers never read that far); the
 * first update of a published row in a (group, column) copies that one column of that
 * group; the first delete of a transaction copies the deleted-rows bitmap. So the cost of a
 * change never grows with the table, and a published version never changes. Not
 * thread-safe: the owning table storage locks.
 */
final class RowStore {

    /**
     * The rows of one state. A published one never changes: its group array, its bitmap and
     * the values of its rows stay as they are. The writer's current one changes with it.
     */
    record Version(RowGroup[] groups, long numRows, RoaringBitmap deleted) {

        boolean isDeleted(long row) {
            return deleted.contains((int) row);
        }

        Object value(long row, int column) {
            return group(row).column(column).getValue(inGroup(row));
        }

        void copyTo(long row, int column, ValueVector target, int pos) {
            target.copyFrom(group(row).column(column), inGroup(row), pos);
        }

        /**
         * Copies up to {@code maxRows} rows from {@code start} of the given columns into the
         * targets (from position 0), never past the end of a group; returns how many.
         */
        int copyRange(long start, int maxRows, int[] columns, ValueVector[] targets) {
            if (start >= numRows) {
                return 0;
            }
            RowGroup group = group(start);
            int from = inGroup(start);
            int count = (int) Math.min(Math.min(maxRows, RowGroup.CAPACITY - from), numRows - start);
            for (int i = 0; i < columns.length; i++) {
                targets[i].copyRange(group.column(columns[i]), from, 0, count);
            }
            return count;
        }

        /** The rows among [start, start + count) that are not deleted, as positions from 0: dense when all are. */
        Selection live(long start, int count) {
            if (!deleted.intersects(start, start + count)) {
                return Selection.dense(count);
            }
            RoaringBitmap live = RoaringBitmap.bitmapOfRange(0, count);
            PeekableIntIterator it = deleted.getIntIterator();
            it.advanceIfNeeded((int) start);
            while (it.hasNext()) {
                int row = it.next();
                if (row >= start + count) {
                    break;
                }
                live.remove((int) (row - start));
            }
            return Selection.of(live);
        }

        private RowGroup group(long row) {
            return groups[(int) (row / RowGroup.CAPACITY)];
        }
    }

    private final List<LogicalType> types;
    private Version published = new Version(new RowGroup[0], 0, new RoaringBitmap());
    /** Always exactly the groups that hold rows: ceil(numRows / CAPACITY). */
    private RowGroup[] groups;
    private long numRows;
    private RoaringBitmap deleted;
    /** Per column, the published rows this transaction updated (for the log; its own rows are logged whole). */
    private final RoaringBitmap[] updated;

    RowStore(List<LogicalType> types) {
        this.types = List.copyOf(types);
        updated = new RoaringBitmap[types.size()];
        for (int c = 0; c < updated.length; c++) {
            updated[c] = new RoaringBitmap();
        }
        rollback();
    }

    private static int inGroup(long row) {
        return (int) (row % RowGroup.CAPACITY);
    }

    long numRows() {
        return numRows;
    }

    /** The writer's rows, valid until its next change. */
    Version current() {
        return new Version(groups, numRows, deleted);
    }

    /** The rows as of the last commit. */
    Version published() {
        return published;
    }

    void append(ValueVector[] source, int pos) {
        groupForAppend().set(inGroup(numRows), source, pos);
        numRows++;
    }

    /** Appends positions [from, from + count) of the given vectors, one range per group. */
    void appendRange(ValueVector[] source, int from, int count) {
        for (int done = 0; done < count; ) {
            int row = inGroup(numRows);
            int take = Math.min(RowGroup.CAPACITY - row, count - done);
            groupForAppend().setRange(row, source, from + done, take);
            done += take;
            numRows += take;
        }
    }

    /** Appends {@code count} null rows that are deleted already: slots of rows deleted before a checkpoint. */
    void appendDeleted(int count) {
        long first = numRows;
        for (int done = 0; done < count; ) {
            int row = inGroup(numRows);
            int take = Math.min(RowGroup.CAPACITY - row, count - done);
            groupForAppend().setNulls(row, take);
            done += take;
            numRows += take;
        }
        writableDeleted().add(first, numRows);
    }

    /** The group the next row goes to; a full last group gets a successor (in a new array: published ones stay). */
    private RowGroup groupForAppend() {
        int index = (int) (numRows / RowGroup.CAPACITY);
        if (index == groups.length) {
            groups = Arrays.copyOf(groups, index + 1);
            groups[index] = new RowGroup(types);
        }
        return groups[index];
    }

    /** Sets one column of one row to the value at {@code pos} of {@code values}. */
    void update(int column, long row, ValueVector values, int pos) {
        int index = (int) (row / RowGroup.CAPACITY);
        RowGroup group = groups[index];
        if (row < published.numRows()) {
            // Readers may see this row: write to a copy of the column unless this transaction made one.
            if (group.column(column) == published.groups()[index].column(column)) {
                group = group.withColumnCopied(column, (int) Math.min(RowGroup.CAPACITY,
                        numRows - (long) index * RowGroup.CAPACITY));
                if (groups == published.groups()) {
                    groups = groups.clone();
                }
                groups[index] = group;
            }
            updated[column].add((int) row);
        }
        group.column(column).copyFrom(values, pos, inGroup(row));
    }

    /** Marks a row deleted; false when it was already. */
    boolean delete(long row) {
        if (deleted.contains((int) row)) {
            return false;
        }
        writableDeleted().add((int) row);
        return true;
    }

    private RoaringBitmap writableDeleted() {
        if (deleted == published.deleted()) {
            deleted = deleted.clone();
        }
        return deleted;
    }

    /**
     * Gives the rows [from, to) (appended by this transaction) their row number in a column
     * where they hold null: the default of a rel's SERIAL property.
     */
    void fillNullsWithRowNumbers(int column, long from, long to) {
        for (long row = from; row < to; row++) {
            ValueVector vector = groups[(int) (row / RowGroup.CAPACITY)].column(column);
            if (vector.isNull(inGroup(row))) {
                vector.setLong(inGroup(row), row);
            }
        }
    }

    /** Forgets the rows from {@code rowCount} on, all appended by this transaction (a failed statement). */
    void truncate(long rowCount) {
        if (rowCount >= numRows) {
            return;
        }
        numRows = rowCount;
        groups = Arrays.copyOf(groups, (int) ((rowCount + RowGroup.CAPACITY - 1) / RowGroup.CAPACITY));
        if (deleted.intersects(rowCount, 1L << 32)) {
            writableDeleted().remove(rowCount, 1L << 32);
        }
    }

    /** The published rows this transaction updated in a column. */
    RoaringBitmap updatedRows(int column) {
        return updated[column];
    }

    /** The published rows this transaction deleted. */
    RoaringBitmap deletedPublishedRows() {
        return deleted == published.deleted() ? new RoaringBitmap()
                : RoaringBitmap.andNot(deleted, published.deleted(), 0L, published.numRows());
    }

    /** Makes the writer's rows the published version (commit) and returns it (the old one when nothing changed). */
    Version publish() {
        if (groups != published.groups() || numRows != published.numRows() || deleted != published.deleted()) {
            published = current();
        }
        clearUpdated();
        return published;
    }

    /** Forgets every change since the last publish. */
    void rollback() {
        groups = published.groups();
        numRows = published.numRows();
        deleted = published.deleted();
        clearUpdated();
    }

    private void clearUpdated() {
        for (RoaringBitmap rows : updated) {
            rows.clear();
        }
    }
}
