package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * An operator that turns each input row into zero or more output rows: the input's columns
 * repeated, followed by columns of its own (UNWIND, variable-length extends).
 */
abstract class RowExpandingOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int inputWidth;
    private DataChunk input;
    private int[] positions;
    private int nextPosition;
    private int row;
    private int expanded;
    private int nextExpanded;

    RowExpandingOperator(PhysicalOperator child, List<LogicalType> ownTypes) {
        this.child = child;
        this.inputWidth = child.outputTypes().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.addAll(ownTypes);
    }

    /** Prepares the output rows of one input row; returns how many there are. */
    abstract int expand(DataChunk input, int row);

    /** Writes this operator's columns of the {@code index}-th prepared row, from column {@code firstColumn}. */
    abstract void emit(int index, DataChunk output, int firstColumn, int outputRow);

    @Override
    public final DataChunk next() {
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (nextExpanded < expanded) {
                for (int c = 0; c < inputWidth; c++) {
                    output.vector(c).copyFrom(input.vector(c), row, rows);
                }
                emit(nextExpanded++, output, inputWidth, rows);
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
        row = positions[nextPosition++];
        expanded = expand(input, row);
        nextExpanded = 0;
        return true;
    }

    @Override
    public final List<LogicalType> outputTypes() {
        return outputTypes;
    }

    @Override
    public final List<PhysicalOperator> children() {
        return List.of(child);
    }
}
