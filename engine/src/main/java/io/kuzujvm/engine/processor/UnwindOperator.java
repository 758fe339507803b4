package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/**
 * UNWIND: for each input row, one output row per element of the list in a column. Output:
 * the input columns, then the element. A null or empty list gives no rows.
 */
public final class UnwindOperator extends RowExpandingOperator {

    private final int listColumn;
    private List<?> elements = List.of();

    public UnwindOperator(PhysicalOperator child, int listColumn, LogicalType elementType) {
        super(child, List.of(elementType));
        this.listColumn = listColumn;
    }

    @Override
    int expand(DataChunk input, int row) {
        Object list = input.vector(listColumn).getValue(row);
        elements = list == null ? List.of() : (List<?>) list;
        return elements.size();
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        output.vector(firstColumn).setValue(outputRow, elements.get(index));
    }

    @Override
    public String describe() {
        return "Unwind($" + listColumn + ")";
    }
}
