package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.PhysicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * The rows of one node table ({@link RowStore}) with its primary-key index. The writer
 * changes the rows copy-on-write, so a reader holding a published {@link RowStore.Version}
 * keeps seeing it. The index maps the keys of the writer's live rows; a reader checks that
 * the offset it finds is live in its version, and finds the rows deleted since its snapshot
 * in {@link DeletedKeys}. Read methods take the reader's version, or null for the writer's
 * current rows. Every access locks: the writer appends into vectors readers read.
 */
final class NodeTableStorage {

    private final NodeTableEntry entry;
    private final RowStore rows;
    private final PrimaryKeyIndex primaryKeyIndex = new PrimaryKeyIndex();
    private final DeletedKeys deletedKeys = new DeletedKeys();
    private final int primaryKey;
    private final int[] serialColumns;
    private long nextSerial;

    NodeTableStorage(NodeTableEntry entry) {
        this.entry = entry;
        this.rows = new RowStore(entry.properties().stream().map(Property::type).toList());
        this.primaryKey = entry.primaryKeyIndex();
        this.serialColumns = java.util.stream.IntStream.range(0, entry.properties().size())
                .filter(i -> entry.properties().get(i).type().id() == TypeId.SERIAL).toArray();
    }

    NodeTableEntry entry() {
        return entry;
    }

    /** The rows themselves, for the log and checkpoints (read while no statement runs). */
    RowStore rows() {
        return rows;
    }

    synchronized long numRows() {
        return rows.numRows();
    }

    private RowStore.Version view(RowStore.Version version) {
        return version == null ? rows.current() : version;
    }

    /** Appends the selected rows of a chunk, all or none (on a null or duplicate primary key). */
    synchronized long append(DataChunk chunk) {
        ValueVector[] source = new ValueVector[chunk.numColumns()];
        for (int c = 0; c < source.length; c++) {
            source[c] = chunk.vector(c);
        }
        long rowsBefore = rows.numRows();
        if (serialColumns.length == 0 && chunk.selection().isDense()) {
            return appendDense(source, chunk.selection().count());
        }
        int[] positions = chunk.selection().toArray();
        try {
            for (int pos : positions) {
                appendRow(source, pos);
            }
        } catch (KuzuException e) {
            rollbackTo(rowsBefore);
            throw e;
        }
        return positions.length;
    }

    /**
     * Appends positions [0, count) of the vectors: the keys go into the index first (all or
     * none), then each column is copied in one range per node group.
     */
    private long appendDense(ValueVector[] source, int count) {
        ValueVector keyVector = source[primaryKey];
        boolean integerKeys = keyVector.type().physicalType() == PhysicalType.LONG;
        long offset = rows.numRows();
        for (int pos = 0; pos < count; pos++, offset++) {
            String failure = null;
            if (keyVector.isNull(pos)) {
                failure = "23502";
            } else if (integerKeys ? !primaryKeyIndex.insertLong(keyVector.getLong(pos), offset)
                    : !primaryKeyIndex.insert(keyVector.getValue(pos), offset)) {
                failure = "23505";
            }
            if (failure != null) {
                for (int p = pos - 1; p >= 0; p--) {
                    primaryKeyIndex.remove(keyVector.getValue(p));
                }
                throw failure.equals("23502") ? nullKeyError() : duplicateKeyError(keyVector.getValue(pos));
            }
        }
        rows.appendRange(source, 0, count);
        return count;
    }

    private static KuzuException nullKeyError() {
        return new KuzuException(KuzuException.Kind.RUNTIME, "23502",
                "Found NULL, which violates the non-null constraint of the primary key column.", null);
    }

    private KuzuException duplicateKeyError(Object key) {
        return new KuzuException(KuzuException.Kind.RUNTIME, "23505", "Found duplicated primary key value "
                + ValueFormatter.format(key, entry.properties().get(primaryKey).type())
                + ", which violates the uniqueness constraint of the primary key column.", null);
    }

    synchronized void appendRow(ValueVector[] source, int pos) {
        for (int column : serialColumns) {
            // SERIAL values come from the table's sequence unless the row brings its own.
            if (source[column].isNull(pos)) {
                source[column].setLong(pos, nextSerial);
            }
            nextSerial = Math.max(nextSerial, source[column].getLong(pos) + 1);
        }
        ValueVector keyVector = source[primaryKey];
        if (keyVector.isNull(pos)) {
            throw nullKeyError();
        }
        Object key = keyVector.getValue(pos);
        if (!primaryKeyIndex.insert(key, rows.numRows())) {
            throw duplicateKeyError(key);
        }
        rows.append(source, pos);
    }

    /** Appends rows of plain values (replay of the log); fails on a key the table already has. */
    synchronized void appendRows(List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        ValueVector[] source = new ValueVector[entry.properties().size()];
        for (int c = 0; c < source.length; c++) {
            source[c] = new ValueVector(entry.properties().get(c).type(), values.size());
        }
        for (int r = 0; r < values.size(); r++) {
            Object[] row = values.get(r);
            for (int c = 0; c < source.length; c++) {
                source[c].setValue(r, row[c]);
            }
        }
        for (int r = 0; r < values.size(); r++) {
            appendRow(source, r);
        }
    }

    /** Appends slots of rows deleted before a checkpoint: they keep later offsets as they were, hold no key. */
    synchronized void appendDeleted(int count) {
        rows.appendDeleted(count);
    }

    synchronized void update(int property, long offset, ValueVector values, int pos) {
        if (property == primaryKey) {
            throw new IllegalArgumentException("The primary key of " + entry.name() + " cannot be updated");
        }
        rows.update(property, offset, values, pos);
    }

    /** Deletes a row and frees its key; false when it was deleted already. */
    synchronized boolean delete(long offset) {
        if (!rows.delete(offset)) {
            return false;
        }
        Object key = rows.current().value(offset, primaryKey);
        primaryKeyIndex.remove(key);
        if (offset < rows.published().numRows()) {
            deletedKeys.add(key, offset);
        }
        return true;
    }

    /** Forgets every row from {@code rowCount} on (appended by this transaction), and their keys. */
    synchronized void rollbackTo(long rowCount) {
        RowStore.Version current = rows.current();
        // Newest first: the index drops a run of consecutive keys from its end cheaply.
        for (long offset = current.numRows() - 1; offset >= rowCount; offset--) {
            if (!current.isDeleted(offset)) {
                primaryKeyIndex.remove(current.value(offset, primaryKey));
            }
        }
        rows.truncate(rowCount);
    }

    /** Forgets the write transaction's changes: its rows, updates and deletes, and gives deleted keys back. */
    synchronized void rollback() {
        RowStore.Version published = rows.published();
        rollbackTo(published.numRows());
        rows.deletedPublishedRows().forEach((int offset) -> {
            Object key = published.value(offset, primaryKey);
            deletedKeys.remove(key, offset);
            primaryKeyIndex.insert(key, offset);
        });
        rows.rollback();
    }

    /** Makes the writer's rows the committed ones; returns their version. */
    synchronized RowStore.Version publish() {
        return rows.publish();
    }

    synchronized boolean isDeleted(RowStore.Version version, long offset) {
        return view(version).isDeleted(offset);
    }

    /** Copies up to {@code maxRows} rows from {@code startOffset}; never crosses a group. */
    synchronized int scan(RowStore.Version version, long startOffset, int maxRows, int[] propertyIndexes,
                          ValueVector[] target) {
        return view(version).copyRange(startOffset, maxRows, propertyIndexes, target);
    }

    synchronized Selection liveRows(RowStore.Version version, long startOffset, int count) {
        return view(version).live(startOffset, count);
    }

    synchronized void gather(RowStore.Version version, int[] propertyIndexes, ValueVector offsets, int[] positions,
                             int count, ValueVector[] targets) {
        RowStore.Version rows = view(version);
        for (int i = 0; i < propertyIndexes.length; i++) {
            if (targets[i] != null) {
                for (int k = 0; k < count; k++) {
                    int pos = positions[k];
                    rows.copyTo(offsets.getLong(pos), propertyIndexes[i], targets[i], pos);
                }
            }
        }
    }

    synchronized int lookupPrimaryKeys(RowStore.Version version, ValueVector keys, int[] positions, int count,
                                       long[] offsets) {
        boolean integerKeys = keys.type().physicalType() == PhysicalType.LONG;
        for (int i = 0; i < count; i++) {
            int pos = positions == null ? i : positions[i];
            if (keys.isNull(pos)) {
                return i;
            }
            long offset = integerKeys ? primaryKeyIndex.lookupLong(keys.getLong(pos)) : indexed(keys.getValue(pos));
            if (version != null && !visible(version, offset)) {
                offset = deletedRow(version, keys.getValue(pos));
            }
            if (offset < 0) {
                return i;
            }
            offsets[i] = offset;
        }
        return -1;
    }

    synchronized Long lookupPrimaryKey(RowStore.Version version, Object key) {
        long offset = indexed(key);
        if (version != null && !visible(version, offset)) {
            offset = deletedRow(version, key);
        }
        return offset < 0 ? null : offset;
    }

    private long indexed(Object key) {
        Long offset = primaryKeyIndex.lookup(key);
        return offset == null ? -1 : offset;
    }

    /**
     * A reader's row with a key the index does not map to a row it sees: one deleted since its
     * snapshot (the writer's index maps only live rows), or -1.
     */
    private long deletedRow(RowStore.Version version, Object key) {
        return deletedKeys.find(key, offset -> visible(version, offset));
    }

    private static boolean visible(RowStore.Version version, long offset) {
        return offset >= 0 && offset < version.numRows() && !version.isDeleted(offset);
    }
}
