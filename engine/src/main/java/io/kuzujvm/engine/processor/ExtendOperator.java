package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * For each input row, one output row per rel of the node in an id column, through the
 * rel table's CSR in the given directions. Output: the input columns, the rel id, the
 * neighbour's node offset, then the requested rel properties. A node's rels in one direction
 * are copied into primitive buffers all at once, then emitted a chunk at a time.
 */
public final class ExtendOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final RelTable relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idColumn;
    private final int[] relProperties;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int inputWidth;
    /** Output columns to fill; the others stay unset (no one reads them). Null: all. */
    private final boolean[] needed;

    private DataChunk input;
    private int[] inputPositions;
    private int nextInput;
    private int inputPos = -1;
    private long node;
    private int direction;
    private final long[] relIds = new long[DataChunk.CAPACITY];
    private final long[] neighbours = new long[DataChunk.CAPACITY];
    /**
     * The rels of the current node in the current direction, copied in full before any is
     * emitted: a DELETE later in the pipeline must not shift the ones still to come.
     */
    private long[] nodeRelIds = new long[DataChunk.CAPACITY];
    private long[] nodeNeighbours = new long[DataChunk.CAPACITY];
    private int nodeCount;
    private int nodePos;

    public ExtendOperator(PhysicalOperator child, RelTable relTable, int pair, List<RelTable.Direction> directions,
                          int idColumn, int[] relProperties) {
        this(child, relTable, pair, directions, idColumn, relProperties, null);
    }

    /**
     * As above; {@code needed} (one entry per output column, or null for all) marks the
     * columns the plan above reads, the others are left unset.
     */
    public ExtendOperator(PhysicalOperator child, RelTable relTable, int pair, List<RelTable.Direction> directions,
                          int idColumn, int[] relProperties, boolean[] needed) {
        this.child = child;
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idColumn = idColumn;
        this.relProperties = relProperties.clone();
        this.inputWidth = child.outputTypes().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(LogicalType.INTERNAL_ID);
        outputTypes.add(LogicalType.INTERNAL_ID);
        for (int property : relProperties) {
            outputTypes.add(relTable.entry().properties().get(property).type());
        }
        this.needed = needed == null ? null : needed.clone();
    }

    private boolean needs(int column) {
        return needed == null || column >= needed.length || needed[column];
    }

    @Override
    public DataChunk next() {
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (inputPos < 0) {
                if (!advanceInput()) {
                    break;
                }
                loadNodeRels();
            } else if (nodePos == nodeCount) {
                direction++;
                if (direction >= directions.size()) {
                    inputPos = -1;
                    continue;
                }
                loadNodeRels();
            }
            int take = Math.min(DataChunk.CAPACITY - rows, nodeCount - nodePos);
            System.arraycopy(nodeRelIds, nodePos, relIds, rows, take);
            System.arraycopy(nodeNeighbours, nodePos, neighbours, rows, take);
            for (int c = 0; c < inputWidth; c++) {
                if (needs(c)) {
                    ValueVector source = input.vector(c);
                    ValueVector target = output.vector(c);
                    for (int r = rows; r < rows + take; r++) {
                        target.copyFrom(source, inputPos, r);
                    }
                }
            }
            rows += take;
            nodePos += take;
        }
        if (rows == 0) {
            return null;
        }
        ValueVector ids = output.vector(inputWidth);
        ValueVector nbrs = output.vector(inputWidth + 1);
        for (int r = 0; r < rows; r++) {
            ids.setLong(r, relIds[r]);
            nbrs.setLong(r, neighbours[r]);
        }
        for (int p = 0; p < relProperties.length; p++) {
            if (needs(inputWidth + 2 + p)) {
                relTable.readProperties(relProperties[p], relIds, rows, output.vector(inputWidth + 2 + p), 0);
            }
        }
        output.setDense(rows);
        return output;
    }

    private void loadNodeRels() {
        nodeCount = 0;
        nodePos = 0;
        int copied;
        do {
            if (nodeCount + DataChunk.CAPACITY > nodeRelIds.length) {
                nodeRelIds = java.util.Arrays.copyOf(nodeRelIds, nodeRelIds.length * 2);
                nodeNeighbours = java.util.Arrays.copyOf(nodeNeighbours, nodeNeighbours.length * 2);
            }
            copied = relTable.copyRels(pair, directions.get(direction), node, nodeCount, nodeRelIds, nodeNeighbours,
                    nodeCount, DataChunk.CAPACITY);
            nodeCount += copied;
        } while (copied == DataChunk.CAPACITY);
    }

    /** Moves to the next input row with a non-null node id; false when the input is exhausted. */
    private boolean advanceInput() {
        while (true) {
            while (input == null || nextInput >= inputPositions.length) {
                input = child.next();
                if (input == null) {
                    return false;
                }
                inputPositions = input.selection().toArray();
                nextInput = 0;
            }
            int pos = inputPositions[nextInput++];
            if (!input.vector(idColumn).isNull(pos)) {
                inputPos = pos;
                node = input.vector(idColumn).getLong(pos);
                direction = 0;
                return true;
            }
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
        return "Extend(rel=" + relTable.entry().name() + ", directions=" + directions + ", from=$" + idColumn + ")";
    }
}
