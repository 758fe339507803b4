package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * UNWIND: for each input row, one output row per element of the list in a column. Output:
 * the input columns, then the element. A null or empty list gives no rows.
 */
public final class UnwindOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final int listColumn;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int inputWidth;
    private DataChunk input;
    private int[] positions;
    private int nextPosition;
    private List<?> elements = List.of();
    private int nextElement;
    private int elementRow;

    public UnwindOperator(PhysicalOperator child, int listColumn, LogicalType elementType) {
        this.child = child;
        this.listColumn = listColumn;
        this.inputWidth = child.outputTypes().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(elementType);
    }

    @Override
    public DataChunk next() {
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (nextElement < elements.size()) {
                for (int c = 0; c < inputWidth; c++) {
                    output.vector(c).copyFrom(input.vector(c), elementRow, rows);
                }
                output.vector(inputWidth).setValue(rows, elements.get(nextElement++));
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
        elementRow = positions[nextPosition++];
        Object list = input.vector(listColumn).getValue(elementRow);
        elements = list == null ? List.of() : (List<?>) list;
        nextElement = 0;
        return true;
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
        return "Unwind($" + listColumn + ")";
    }
}
