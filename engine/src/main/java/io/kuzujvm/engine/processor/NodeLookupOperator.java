package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The join of rows with the node table of the node offsets in one of their columns, done by
 * reading the nodes at those offsets instead of hashing a scan of the table: output is the
 * input columns (shared, not copied), the node's id and the requested properties, exactly
 * as a hash join with a node scan on its id would give. Rows whose offset is null or not a
 * node visible to the transaction are dropped.
 */
public final class NodeLookupOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final NodeTable table;
    private final int idColumn;
    private final int[] propertyIndexes;
    private final boolean[] neededProperties;
    private final boolean idNeeded;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int inputWidth;

    /**
     * @param neededProperties per property, whether the plan above reads it (null: all); the
     *                         others are left unset
     */
    public NodeLookupOperator(PhysicalOperator child, NodeTable table, int idColumn, int[] propertyIndexes,
                              boolean idNeeded, boolean[] neededProperties) {
        this.child = child;
        this.table = table;
        this.idColumn = idColumn;
        this.propertyIndexes = propertyIndexes.clone();
        this.idNeeded = idNeeded;
        this.neededProperties = neededProperties == null ? null : neededProperties.clone();
        this.inputWidth = child.outputTypes().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(LogicalType.INTERNAL_ID);
        for (int index : propertyIndexes) {
            outputTypes.add(table.entry().properties().get(index).type());
        }
    }

    @Override
    public DataChunk next() {
        long numNodes = table.numRows();
        while (true) {
            DataChunk input = child.next();
            if (input == null) {
                return null;
            }
            ValueVector ids = input.vector(idColumn);
            int[] positions = input.selection().toArray();
            int kept = 0;
            for (int pos : positions) {
                if (!ids.isNull(pos) && ids.getLong(pos) >= 0 && ids.getLong(pos) < numNodes) {
                    positions[kept++] = pos;
                }
            }
            if (kept == 0) {
                continue;
            }
            Selection selection = input.selection();
            if (kept < positions.length) {
                RoaringBitmap bitmap = new RoaringBitmap();
                for (int k = 0; k < kept; k++) {
                    bitmap.add(positions[k]);
                }
                selection = Selection.of(bitmap);
            }
            int capacity = Math.max(input.numRows(), 1);
            ValueVector[] vectors = new ValueVector[outputTypes.size()];
            for (int c = 0; c < inputWidth; c++) {
                vectors[c] = input.vector(c);
            }
            ValueVector nodeIds = new ValueVector(LogicalType.INTERNAL_ID, capacity);
            if (idNeeded) {
                for (int k = 0; k < kept; k++) {
                    nodeIds.setLong(positions[k], ids.getLong(positions[k]));
                }
            }
            vectors[inputWidth] = nodeIds;
            ValueVector[] targets = new ValueVector[propertyIndexes.length];
            boolean any = false;
            for (int p = 0; p < propertyIndexes.length; p++) {
                ValueVector vector = new ValueVector(outputTypes.get(inputWidth + 1 + p), capacity);
                vectors[inputWidth + 1 + p] = vector;
                if (neededProperties == null || neededProperties[p]) {
                    targets[p] = vector;
                    any = true;
                }
            }
            if (any) {
                table.gather(propertyIndexes, ids, positions, kept, targets);
            }
            return new DataChunk(vectors, input.numRows(), selection);
        }
    }

    @Override
    public List<LogicalType> outputTypes() {
        return outputTypes;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "NodeLookup(table=" + table.entry().name() + ", id=$" + idColumn + ")";
    }
}
