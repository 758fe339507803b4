package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.processor.path.Path;
import io.kuzujvm.engine.processor.path.PathSearch;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive relationships: for each input row, one output row per path a {@link PathSearch}
 * finds from the node in an id column. Output: the input columns, the node where the path ends,
 * when a value builder is given, the path as a RECURSIVE_REL value, and for weighted paths their
 * cost. Node ids in and out are
 * offsets in their table; a search whose walks cross tables names nodes by packed ids, so its
 * source is packed with the start node's table and only paths ending in the end node's table count.
 */
public final class RecursiveExtendOperator extends RowExpandingOperator {

    private final PathSearch search;
    private final int idColumn;
    private final PathValueBuilder values;
    /** With a search over packed ids, the tables of the start and end nodes; else -1. */
    private final long sourceTable;
    private final long endTable;
    private final boolean withCost;
    private long[] ends = new long[16];
    private double[] costs = new double[16];
    private int found;
    private final List<StructValue> pathValues = new ArrayList<>();

    /**
     * @param values builds the path values, or null when the plan does not read them
     * @param sourceTable with a search over packed ids, the start node's table, else -1
     * @param endTable with a search over packed ids, the end node's table, else -1
     * @param withCost whether to output each path's cost (after the path value)
     */
    public RecursiveExtendOperator(PhysicalOperator child, PathSearch search, int idColumn, PathValueBuilder values,
                                   long sourceTable, long endTable, boolean withCost) {
        super(child, outputTypes(values, withCost));
        this.search = search;
        this.idColumn = idColumn;
        this.values = values;
        this.sourceTable = sourceTable;
        this.endTable = endTable;
        this.withCost = withCost;
    }

    private static List<LogicalType> outputTypes(PathValueBuilder values, boolean withCost) {
        List<LogicalType> types = new ArrayList<>(List.of(LogicalType.INTERNAL_ID));
        if (values != null) {
            types.add(values.type());
        }
        if (withCost) {
            types.add(LogicalType.DOUBLE);
        }
        return types;
    }

    @Override
    int expand(DataChunk input, int row) {
        found = 0;
        pathValues.clear();
        if (!input.vector(idColumn).isNull(row)) {
            long source = input.vector(idColumn).getLong(row);
            search.forEachPath(sourceTable < 0 ? source : new InternalId(sourceTable, source).packed(), this::keep);
        }
        return found;
    }

    /** Keeps what the output needs of a path (the search reuses its arrays). */
    private void keep(Path path) {
        long end = path.end();
        if (endTable >= 0) {
            InternalId endId = InternalId.unpack(end);
            if (endId.tableId() != endTable) {
                return;
            }
            end = endId.offset();
        }
        if (found == ends.length) {
            ends = java.util.Arrays.copyOf(ends, found * 2);
            costs = java.util.Arrays.copyOf(costs, found * 2);
        }
        costs[found] = path.cost();
        ends[found++] = end;
        if (values != null) {
            pathValues.add(values.build(path));
        }
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        output.vector(firstColumn).setLong(outputRow, ends[index]);
        if (values != null) {
            output.vector(firstColumn + 1).setObject(outputRow, pathValues.get(index));
        }
        if (withCost) {
            output.vector(firstColumn + (values == null ? 1 : 2)).setDouble(outputRow, costs[index]);
        }
    }

    @Override
    public String describe() {
        return "RecursiveExtend(" + search + ", from=$" + idColumn + ")";
    }
}
