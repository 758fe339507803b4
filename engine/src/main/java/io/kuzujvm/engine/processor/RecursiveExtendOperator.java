package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Variable-length relationships: for each input row, one output row per walk of
 * {@code minHops..maxHops} rels (through one rel table's CSR) from the node in an id column.
 * Output: the input columns, then the node where the walk ends.
 */
public final class RecursiveExtendOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final RelTable relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idColumn;
    private final int minHops;
    private final int maxHops;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int inputWidth;

    private DataChunk input;
    private int[] positions;
    private int nextPosition;
    private int currentRow;
    private final List<Long> ends = new ArrayList<>();
    private int nextEnd;

    public RecursiveExtendOperator(PhysicalOperator child, RelTable relTable, int pair,
                                   List<RelTable.Direction> directions, int idColumn, int minHops, int maxHops) {
        this.child = child;
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idColumn = idColumn;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.inputWidth = child.outputTypes().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(LogicalType.INTERNAL_ID);
    }

    @Override
    public DataChunk next() {
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (nextEnd < ends.size()) {
                for (int c = 0; c < inputWidth; c++) {
                    output.vector(c).copyFrom(input.vector(c), currentRow, rows);
                }
                output.vector(inputWidth).setLong(rows, ends.get(nextEnd++));
                rows++;
            } else if (!advance()) {
                break;
            }
        }
        if (rows == 0) {
            return null;
        }
        output.setDense(rows);
        return output;
    }

    private boolean advance() {
        while (input == null || nextPosition >= positions.length) {
            input = child.next();
            if (input == null) {
                return false;
            }
            positions = input.selection().toArray();
            nextPosition = 0;
        }
        currentRow = positions[nextPosition++];
        ends.clear();
        nextEnd = 0;
        if (!input.vector(idColumn).isNull(currentRow)) {
            walk(input.vector(idColumn).getLong(currentRow), 0);
        }
        return true;
    }

    /** Depth-first over every walk from {@code node}, recording where walks of an allowed length end. */
    private void walk(long node, int depth) {
        if (depth >= minHops) {
            ends.add(node);
        }
        if (depth == maxHops) {
            return;
        }
        for (RelTable.Direction direction : directions) {
            List<Long> next = new ArrayList<>();
            relTable.forEachRel(pair, direction, node, (relId, neighbour) -> next.add(neighbour));
            for (long neighbour : next) {
                walk(neighbour, depth + 1);
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
        return "RecursiveExtend(rel=" + relTable.entry().name() + ", hops=" + minHops + ".." + maxHops + ")";
    }
}
