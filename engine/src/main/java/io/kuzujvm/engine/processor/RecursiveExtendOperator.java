package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.processor.path.Path;
import io.kuzujvm.engine.processor.path.PathSearch;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.types.LogicalType;
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
    private final List<Path> paths = new ArrayList<>();

    /** @param values builds the path values, or null when the plan does not read them */
    public RecursiveExtendOperator(PhysicalOperator child, PathSearch search, int idColumn, PathValueBuilder values) {
        super(child, values == null ? List.of(LogicalType.INTERNAL_ID) : List.of(LogicalType.INTERNAL_ID, values.type()));
        this.search = search;
        this.idColumn = idColumn;
        this.values = values;
    }

    @Override
    int expand(DataChunk input, int row) {
        paths.clear();
        if (!input.vector(idColumn).isNull(row)) {
            search.forEachPath(input.vector(idColumn).getLong(row), paths::add);
        }
        return paths.size();
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        Path path = paths.get(index);
        output.vector(firstColumn).setLong(outputRow, path.end());
        if (values != null) {
            output.vector(firstColumn + 1).setObject(outputRow, values.build(path));
        }
    }

    @Override
    public String describe() {
        return "RecursiveExtend(" + search + ", from=$" + idColumn + ")";
    }
}
