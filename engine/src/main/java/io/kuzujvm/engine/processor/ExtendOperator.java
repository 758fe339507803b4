package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * For each input row, one output row per rel of the node in an id column, through the
 * rel table's CSR in the given directions. Output: the input columns, the rel id, the
 * neighbour's node offset, then the requested rel properties.
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

    private DataChunk input;
    private int[] inputPositions;
    private int nextInput;
    private final List<long[]> pending = new ArrayList<>();
    private int nextPending;
    private int pendingInputPos;

    public ExtendOperator(PhysicalOperator child, RelTable relTable, int pair, List<RelTable.Direction> directions,
                          int idColumn, int[] relProperties) {
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
    }

    @Override
    public DataChunk next() {
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (nextPending < pending.size()) {
                long[] rel = pending.get(nextPending++);
                emit(output, rows++, rel[0], rel[1]);
                continue;
            }
            if (!advanceInput()) {
                break;
            }
        }
        if (rows == 0) {
            return null;
        }
        output.setDense(rows);
        return output;
    }

    /** Loads the rels of the next input row into the pending list; false when the input is exhausted. */
    private boolean advanceInput() {
        while (input == null || nextInput >= inputPositions.length) {
            input = child.next();
            if (input == null) {
                return false;
            }
            inputPositions = input.selection().toArray();
            nextInput = 0;
        }
        pendingInputPos = inputPositions[nextInput++];
        pending.clear();
        nextPending = 0;
        if (!input.vector(idColumn).isNull(pendingInputPos)) {
            long node = input.vector(idColumn).getLong(pendingInputPos);
            for (RelTable.Direction direction : directions) {
                relTable.forEachRel(pair, direction, node, (relId, neighbour) -> pending.add(new long[] {relId, neighbour}));
            }
        }
        return true;
    }

    private void emit(DataChunk output, int row, long relId, long neighbour) {
        for (int c = 0; c < inputWidth; c++) {
            output.vector(c).copyFrom(input.vector(c), pendingInputPos, row);
        }
        output.vector(inputWidth).setLong(row, relId);
        output.vector(inputWidth + 1).setLong(row, neighbour);
        for (int p = 0; p < relProperties.length; p++) {
            relTable.readProperty(relProperties[p], relId, output.vector(inputWidth + 2 + p), row);
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
