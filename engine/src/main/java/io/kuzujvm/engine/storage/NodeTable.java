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
 * The rows of one node table in node groups, with its primary-key index. A node's
 * offset (its internal id within the table) is its position across the groups.
 */
public final class NodeTable {

    private final NodeTableEntry entry;
    private final List<NodeGroup> groups = new ArrayList<>();
    private final PrimaryKeyIndex primaryKeyIndex = new PrimaryKeyIndex();
    private final int[] serialColumns;
    private long numRows;
    private long nextSerial;

    public NodeTable(NodeTableEntry entry) {
        this.entry = entry;
        this.serialColumns = java.util.stream.IntStream.range(0, entry.properties().size())
                .filter(i -> entry.properties().get(i).type().id() == TypeId.SERIAL).toArray();
    }

    public NodeTableEntry entry() {
        return entry;
    }

    public synchronized long numRows() {
        return numRows;
    }

    /**
     * Appends the selected rows of a chunk whose columns are the table's properties in
     * order. Either all rows go in or, on a null or duplicate primary key, none does.
     */
    public synchronized long append(DataChunk chunk) {
        ValueVector[] source = new ValueVector[chunk.numColumns()];
        for (int c = 0; c < source.length; c++) {
            source[c] = chunk.vector(c);
        }
        long rowsBefore = numRows;
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

    private void appendRow(ValueVector[] source, int pos) {
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

    /** Forgets every row from {@code rowCount} on, and their keys. */
    public synchronized void rollbackTo(long rowCount) {
        int pk = entry.primaryKeyIndex();
        for (long offset = rowCount; offset < numRows; offset++) {
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

    /**
     * Copies up to {@code maxRows} rows starting at {@code startOffset} of the given
     * properties into {@code target} vectors (from position 0); returns how many were copied.
     * A scan never crosses a node-group boundary, so each call is one contiguous copy.
     */
    public synchronized int scan(long startOffset, int maxRows, int[] propertyIndexes, ValueVector[] target) {
        if (startOffset >= numRows) {
            return 0;
        }
        NodeGroup group = groups.get((int) (startOffset / NodeGroup.CAPACITY));
        int inGroup = (int) (startOffset % NodeGroup.CAPACITY);
        int count = Math.min(maxRows, group.numRows() - inGroup);
        for (int i = 0; i < propertyIndexes.length; i++) {
            target[i].copyRange(group.column(propertyIndexes[i]), inGroup, 0, count);
        }
        return count;
    }

    public Long lookupPrimaryKey(Object key) {
        synchronized (this) {
            return primaryKeyIndex.lookup(key);
        }
    }
}
