package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans a node table: column 0 is the node offset (internal id), then the requested
 * properties, {@link DataChunk#CAPACITY} rows at a time, deleted nodes left out of the
 * chunk's selection; or only the node with a given primary key, found through the table's index.
 */
public final class NodeScanOperator implements PhysicalOperator {

    private final NodeTable table;
    private final int[] propertyIndexes;
    private final List<LogicalType> outputTypes;
    /** The primary key of the one node to read, or null to read them all. */
    private final Object primaryKey;
    private long nextOffset;
    private long endOffset = Long.MAX_VALUE;

    public NodeScanOperator(NodeTable table, int[] propertyIndexes) {
        this(table, propertyIndexes, null);
    }

    /** Reads only the node whose primary key is {@code primaryKey} (none if there is no such node). */
    public static NodeScanOperator byPrimaryKey(NodeTable table, int[] propertyIndexes, Object primaryKey) {
        return new NodeScanOperator(table, propertyIndexes, java.util.Objects.requireNonNull(primaryKey));
    }

    private NodeScanOperator(NodeTable table, int[] propertyIndexes, Object primaryKey) {
        this.table = table;
        this.primaryKey = primaryKey;
        this.propertyIndexes = propertyIndexes.clone();
        this.outputTypes = new ArrayList<>();
        outputTypes.add(LogicalType.INTERNAL_ID);
        for (int index : propertyIndexes) {
            outputTypes.add(table.entry().properties().get(index).type());
        }
    }

    @Override
    public DataChunk next() {
        if (endOffset == Long.MAX_VALUE) {
            if (primaryKey != null) {
                Long offset = table.lookupPrimaryKey(primaryKey);
                nextOffset = offset == null ? 0 : offset;
                endOffset = offset == null ? 0 : offset + 1;
            } else {
                // The rows there are when the scan starts: nodes its own statement creates later
                // (MATCH (a:T) CREATE (:T ...)) are not scanned again.
                endOffset = table.numRows();
            }
        }
        if (nextOffset >= endOffset) {
            return null;
        }
        DataChunk chunk = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        ValueVector[] propertyVectors = new ValueVector[propertyIndexes.length];
        for (int i = 0; i < propertyVectors.length; i++) {
            propertyVectors[i] = chunk.vector(i + 1);
        }
        // A range whose rows are all deleted yields no chunk: go on to the next one.
        while (nextOffset < endOffset) {
            int count = table.scan(nextOffset, (int) Math.min(DataChunk.CAPACITY, endOffset - nextOffset),
                    propertyIndexes, propertyVectors);
            if (count == 0) {
                return null;
            }
            Selection live = table.liveRows(nextOffset, count);
            ValueVector ids = chunk.vector(0);
            for (int i = 0; i < count; i++) {
                ids.setLong(i, nextOffset + i);
            }
            nextOffset += count;
            if (live.count() > 0) {
                chunk.setDense(count);
                if (!live.isDense()) {
                    chunk.setSelection(live);
                }
                return chunk;
            }
        }
        return null;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return outputTypes;
    }


    @Override
    public String describe() {
        List<String> names = new ArrayList<>();
        for (int index : propertyIndexes) {
            names.add(table.entry().properties().get(index).name());
        }
        return "NodeScan(table=" + table.entry().name() + ", properties=" + names
                + (primaryKey == null ? "" : ", primary key=" + primaryKey) + ")";
    }
}
