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
public final class RecursiveExtendOperator extends RowExpandingOperator {

    private final RelTable relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idColumn;
    private final int minHops;
    private final int maxHops;
    private final List<Long> ends = new ArrayList<>();

    public RecursiveExtendOperator(PhysicalOperator child, RelTable relTable, int pair,
                                   List<RelTable.Direction> directions, int idColumn, int minHops, int maxHops) {
        super(child, List.of(LogicalType.INTERNAL_ID));
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idColumn = idColumn;
        this.minHops = minHops;
        this.maxHops = maxHops;
    }

    @Override
    int expand(DataChunk input, int row) {
        ends.clear();
        if (!input.vector(idColumn).isNull(row)) {
            walk(input.vector(idColumn).getLong(row), 0);
        }
        return ends.size();
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        output.vector(firstColumn).setLong(outputRow, ends.get(index));
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
    public String describe() {
        return "RecursiveExtend(rel=" + relTable.entry().name() + ", hops=" + minHops + ".." + maxHops + ")";
    }
}
