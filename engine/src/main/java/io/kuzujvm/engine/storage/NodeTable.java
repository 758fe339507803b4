package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;

/**
 * A node table as one transaction sees it: a reader sees the rows, values and deletions of
 * its snapshot, the writer also its own uncommitted changes. A node's offset (its internal
 * id within the table) is its position across the node groups; a deleted node keeps its
 * slot, so offsets are never reused.
 */
public final class NodeTable {

    private final NodeTableStorage storage;
    /** The rows a reader sees (its snapshot's); null for the writer, who sees the current ones. */
    private final RowStore.Version version;

    NodeTable(NodeTableStorage storage, RowStore.Version version) {
        this.storage = storage;
        this.version = version;
    }

    public NodeTableEntry entry() {
        return storage.entry();
    }

    private boolean writable() {
        return version == null;
    }

    /** The number of slots, deleted ones included: offsets are below it. */
    public long numRows() {
        return writable() ? storage.numRows() : version.numRows();
    }

    /**
     * Appends the selected rows of a chunk whose columns are the table's properties in
     * order. Either all rows go in or, on a null or duplicate primary key, none does.
     */
    public long append(DataChunk chunk) {
        checkWritable();
        return storage.append(chunk);
    }

    /** Forgets every row from {@code rowCount} on, and their keys. */
    public void rollbackTo(long rowCount) {
        checkWritable();
        storage.rollbackTo(rowCount);
    }

    /**
     * Sets one property of the node at {@code offset} to the value at {@code pos} of
     * {@code values}. Transactions that started earlier keep seeing the old value. Not for
     * the primary key.
     */
    public void update(int property, long offset, ValueVector values, int pos) {
        checkWritable();
        storage.update(property, offset, values, pos);
    }

    /**
     * Deletes the node at {@code offset}: scans and key lookups of this transaction stop
     * seeing it, and its primary key may be inserted again. Rels are not looked at. Returns
     * false when the node was deleted already.
     */
    public boolean delete(long offset) {
        checkWritable();
        return storage.delete(offset);
    }

    public boolean isDeleted(long offset) {
        return storage.isDeleted(version, offset);
    }

    private void checkWritable() {
        if (!writable()) {
            throw new IllegalStateException("Table " + entry().name() + " was opened for reading only");
        }
    }

    /**
     * Copies up to {@code maxRows} rows starting at {@code startOffset} of the given
     * properties into {@code target} vectors (from position 0); returns how many were copied.
     * A scan never crosses a node-group boundary, so each call is one contiguous copy. Deleted
     * rows are copied too (as they were): {@link #liveRows} tells which to keep.
     */
    public int scan(long startOffset, int maxRows, int[] propertyIndexes, ValueVector[] target) {
        return storage.scan(version, startOffset, maxRows, propertyIndexes, target);
    }

    /**
     * The rows among offsets [startOffset, startOffset + count) that are not deleted, as
     * positions from 0 (the selection of a chunk {@link #scan} filled): dense when none is.
     */
    public Selection liveRows(long startOffset, int count) {
        return storage.liveRows(version, startOffset, count);
    }

    /**
     * Looks up the keys at {@code positions[0..count)} of a vector (positions null: 0..count-1)
     * and writes their node offsets to {@code offsets}; returns the index of the first key that
     * is null or not found (its offset is not written), or -1 when all are found. Deleted
     * nodes are not found.
     */
    public int lookupPrimaryKeys(ValueVector keys, int[] positions, int count, long[] offsets) {
        return storage.lookupPrimaryKeys(version, keys, positions, count, offsets);
    }

    /**
     * Copies properties of the nodes whose offsets are at {@code positions[0..count)} of
     * {@code offsets} into {@code targets[i]} at the same positions (null targets are skipped).
     * Every offset must be below {@link #numRows()}.
     */
    public void gather(int[] propertyIndexes, ValueVector offsets, int[] positions, int count, ValueVector[] targets) {
        storage.gather(version, propertyIndexes, offsets, positions, count, targets);
    }

    /** The offset of the live node with this key, or null. */
    public Long lookupPrimaryKey(Object key) {
        return storage.lookupPrimaryKey(version, key);
    }
}
