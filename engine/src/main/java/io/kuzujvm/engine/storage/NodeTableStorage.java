package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one node table in node groups, with its primary-key index. Rows are only
 * appended, so a committed row never changes: a reader bounded by its snapshot's row
 * count never sees the writer's uncommitted rows. (UPDATE/DELETE will copy the node
 * group they touch and publish the copy in the next {@link Snapshot}.)
 */
final class NodeTableStorage {

    private final NodeTableEntry entry;
    private final List<NodeGroup> groups = new ArrayList<>();
    private final PrimaryKeyIndex primaryKeyIndex = new PrimaryKeyIndex();
    private final int[] serialColumns;
    private long numRows;
    private long nextSerial;

    NodeTableStorage(NodeTableEntry entry) {
        this.entry = entry;
        this.serialColumns = java.util.stream.IntStream.range(0, entry.properties().size())
                .filter(i -> entry.properties().get(i).type().id() == TypeId.SERIAL).toArray();
    }

    NodeTableEntry entry() {
        return entry;
    }

    synchronized long numRows() {
        return numRows;
    }

    /** Appends the selected rows of a chunk, all or none (on a null or duplicate primary key). */
    synchronized long append(DataChunk chunk) {
        ValueVector[] source = new ValueVector[chunk.numColumns()];
        for (int c = 0; c < source.length; c++) {
            source[c] = chunk.vector(c);
        }
        long rowsBefore = numRows;
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
        int pk = entry.primaryKeyIndex();
        ValueVector keyVector = source[pk];
        boolean integerKeys = keyVector.type().physicalType() == io.kuzujvm.engine.types.PhysicalType.LONG;
        long offset = numRows;
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
                if (failure.equals("23502")) {
                    throw new KuzuException(KuzuException.Kind.RUNTIME, "23502",
                            "Found NULL, which violates the non-null constraint of the primary key column.", null);
                }
                throw new KuzuException(KuzuException.Kind.RUNTIME, "23505",
                        "Found duplicated primary key value "
                                + ValueFormatter.format(keyVector.getValue(pos), keyVector.type())
                                + ", which violates the uniqueness constraint of the primary key column.", null);
            }
        }
        int done = 0;
        while (done < count) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).remainingCapacity() == 0) {
                groups.add(new NodeGroup(entry.properties()));
            }
            NodeGroup group = groups.get(groups.size() - 1);
            int take = Math.min(group.remainingCapacity(), count - done);
            group.appendRange(source, done, take);
            done += take;
            numRows += take;
        }
        return count;
    }

    synchronized void appendRow(ValueVector[] source, int pos) {
        for (int column : serialColumns) {
            // SERIAL values come from the table's sequence unless the row brings its own.
            if (source[column].isNull(pos)) {
                source[column].setLong(pos, nextSerial);
            }
            nextSerial = Math.max(nextSerial, source[column].getLong(pos) + 1);
        }
        int pk = entry.primaryKeyIndex();
        ValueVector keyVector = source[pk];
        if (keyVector.isNull(pos)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "23502",
                    "Found NULL, which violates the non-null constraint of the primary key column.", null);
        }
        Object key = keyVector.getValue(pos);
        if (!primaryKeyIndex.insert(key, numRows)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "23505",
                    "Found duplicated primary key value " + ValueFormatter.format(key, keyVector.type())
                            + ", which violates the uniqueness constraint of the primary key column.", null);
        }
        if (groups.isEmpty() || groups.get(groups.size() - 1).remainingCapacity() == 0) {
            groups.add(new NodeGroup(entry.properties()));
        }
        groups.get(groups.size() - 1).append(source, pos);
        numRows++;
    }

    /** Appends rows of plain values (replay of the log); fails on a key the table already has. */
    synchronized void appendRows(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ValueVector[] source = new ValueVector[entry.properties().size()];
        for (int c = 0; c < source.length; c++) {
            source[c] = new ValueVector(entry.properties().get(c).type(), rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < source.length; c++) {
                source[c].setValue(r, row[c]);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            appendRow(source, r);
        }
    }

    /** Forgets every row from {@code rowCount} on, and their keys. */
    synchronized void rollbackTo(long rowCount) {
        int pk = entry.primaryKeyIndex();
        // Newest first: the index drops a run of consecutive keys from its end cheaply.
        for (long offset = numRows - 1; offset >= rowCount; offset--) {
            NodeGroup group = groups.get((int) (offset / NodeGroup.CAPACITY));
            primaryKeyIndex.remove(group.column(pk).getValue((int) (offset % NodeGroup.CAPACITY)));
        }
        while (!groups.isEmpty() && (long) (groups.size() - 1) * NodeGroup.CAPACITY >= rowCount) {
            groups.remove(groups.size() - 1);
        }
        if (!groups.isEmpty()) {
            groups.get(groups.size() - 1).truncate((int) (rowCount - (long) (groups.size() - 1) * NodeGroup.CAPACITY));
        }
        numRows = rowCount;
    }

    /** Copies up to {@code maxRows} rows below {@code limit} from {@code startOffset}; never crosses a group. */
    synchronized int scan(long startOffset, int maxRows, long limit, int[] propertyIndexes, ValueVector[] target) {
        long end = Math.min(limit, numRows);
        if (startOffset >= end) {
            return 0;
        }
        NodeGroup group = groups.get((int) (startOffset / NodeGroup.CAPACITY));
        int inGroup = (int) (startOffset % NodeGroup.CAPACITY);
        int count = (int) Math.min(Math.min(maxRows, group.numRows() - inGroup), end - startOffset);
        for (int i = 0; i < propertyIndexes.length; i++) {
            target[i].copyRange(group.column(propertyIndexes[i]), inGroup, 0, count);
        }
        return count;
    }

    /** The value of one property of one row (for the log and checkpoints). */
    synchronized Object value(long offset, int property) {
        return groups.get((int) (offset / NodeGroup.CAPACITY)).column(property)
                .getValue((int) (offset % NodeGroup.CAPACITY));
    }

    synchronized int lookupPrimaryKeys(ValueVector keys, int[] positions, int count, long[] offsets, long limit) {
        boolean integerKeys = keys.type().physicalType() == io.kuzujvm.engine.types.PhysicalType.LONG;
        for (int i = 0; i < count; i++) {
            int pos = positions == null ? i : positions[i];
            if (keys.isNull(pos)) {
                return i;
            }
            long offset;
            if (integerKeys) {
                offset = primaryKeyIndex.lookupLong(keys.getLong(pos));
            } else {
                Long found = primaryKeyIndex.lookup(keys.getValue(pos));
                offset = found == null ? -1 : found;
            }
            if (offset < 0 || offset >= limit) {
                return i;
            }
            offsets[i] = offset;
        }
        return -1;
    }

    synchronized void gather(int[] propertyIndexes, ValueVector offsets, int[] positions, int count,
                             ValueVector[] targets) {
        for (int i = 0; i < propertyIndexes.length; i++) {
            if (targets[i] == null) {
                continue;
            }
            ValueVector target = targets[i];
            int property = propertyIndexes[i];
            for (int k = 0; k < count; k++) {
                int pos = positions[k];
                long offset = offsets.getLong(pos);
                target.copyFrom(groups.get((int) (offset / NodeGroup.CAPACITY)).column(property),
                        (int) (offset % NodeGroup.CAPACITY), pos);
            }
        }
    }

    synchronized Long lookupPrimaryKey(Object key, long limit) {
        Long offset = primaryKeyIndex.lookup(key);
        return offset == null || offset >= limit ? null : offset;
    }
}
