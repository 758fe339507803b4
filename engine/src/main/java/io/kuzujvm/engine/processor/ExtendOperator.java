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
 * neighbour's node offset, then the requested rel properties. Rels are copied from the
 * CSR a run at a time into primitive buffers.
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
    private int skip;
    private final long[] relIds = new long[DataChunk.CAPACITY];
    private final long[] neighbours = new long[DataChunk.CAPACITY];

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
            if (inputPos < 0 && !advanceInput()) {
                break;
            }
            int max = DataChunk.CAPACITY - rows;
            int copied = relTable.copyRels(pair, directions.get(direction), node, skip, relIds, neighbours, rows, max);
            for (int c = 0; c < inputWidth; c++) {
                if (needs(c)) {
                    ValueVector source = input.vector(c);
                    ValueVector target = output.vector(c);
                    for (int r = rows; r < rows + copied; r++) {
                        target.copyFrom(source, inputPos, r);
                    }
                }
            }
            rows += copied;
            skip += copied;
            if (copied < max) {
                // This direction of the node is exhausted.
                skip = 0;
                direction++;
                if (direction >= directions.size()) {
                    inputPos = -1;
                }
            }
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
                skip = 0;
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
