package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans a node table: column 0 is the node offset (internal id), then the requested
 * properties, {@link DataChunk#CAPACITY} rows at a time.
 */
public final class NodeScanOperator implements PhysicalOperator {

    private final NodeTable table;
    private final int[] propertyIndexes;
    private final List<LogicalType> outputTypes;
    private long nextOffset;

    public NodeScanOperator(NodeTable table, int[] propertyIndexes) {
        this.table = table;
        this.propertyIndexes = propertyIndexes.clone();
        this.outputTypes = new ArrayList<>();
        outputTypes.add(LogicalType.INTERNAL_ID);
        for (int index : propertyIndexes) {
            outputTypes.add(table.entry().properties().get(index).type());
        }
    }

    @Override
    public DataChunk next() {
        DataChunk chunk = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        ValueVector[] propertyVectors = new ValueVector[propertyIndexes.length];
        for (int i = 0; i < propertyVectors.length; i++) {
            propertyVectors[i] = chunk.vector(i + 1);
        }
        int count = table.scan(nextOffset, DataChunk.CAPACITY, propertyIndexes, propertyVectors);
        if (count == 0) {
            return null;
        }
        ValueVector ids = chunk.vector(0);
        for (int i = 0; i < count; i++) {
            ids.setLong(i, nextOffset + i);
        }
        nextOffset += count;
        chunk.setDense(count);
        return chunk;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return outputTypes;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public String describe() {
        List<String> names = new ArrayList<>();
        for (int index : propertyIndexes) {
            names.add(table.entry().properties().get(index).name());
        }
        return "NodeScan(table=" + table.entry().name() + ", properties=" + names + ")";
    }
}
