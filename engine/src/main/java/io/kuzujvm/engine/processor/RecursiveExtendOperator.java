package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.processor.path.Path;
import io.kuzujvm.engine.processor.path.PathSearch;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive relationships: for each input row, one output row per path a {@link PathSearch}
 * finds from the node in an id column. Output: the input columns, the node where the path ends,
 * and, when a value builder is given, the path as a RECURSIVE_REL value.
 */
public final class RecursiveExtendOperator extends RowExpandingOperator {

    private final PathSearch search;
    private final int idColumn;
    private final PathValueBuilder values;
    private long[] ends = new long[16];
    private int found;
    private final List<StructValue> pathValues = new ArrayList<>();

    /** @param values builds the path values, or null when the plan does not read them */
    public RecursiveExtendOperator(PhysicalOperator child, PathSearch search, int idColumn, PathValueBuilder values) {
        super(child, values == null ? List.of(LogicalType.INTERNAL_ID) : List.of(LogicalType.INTERNAL_ID, values.type()));
        this.search = search;
        this.idColumn = idColumn;
        this.values = values;
    }

    @Override
    int expand(DataChunk input, int row) {
        found = 0;
        pathValues.clear();
        if (!input.vector(idColumn).isNull(row)) {
            search.forEachPath(input.vector(idColumn).getLong(row), this::keep);
        }
        return found;
    }

    /** Keeps what the output needs of a path (the search reuses its arrays). */
    private void keep(Path path) {
        if (found == ends.length) {
            ends = java.util.Arrays.copyOf(ends, found * 2);
        }
        ends[found++] = path.end();
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
    }

    @Override
    public String describe() {
        return "RecursiveExtend(" + search + ", from=$" + idColumn + ")";
    }
}
