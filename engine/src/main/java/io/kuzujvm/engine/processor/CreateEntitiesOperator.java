package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * CREATE of one node or rel per input row: the last {@code propertyCount} columns of the
 * input are the new entity's properties in table order; the output is the input with the
 * new entity's internal id appended. Errors stop the statement; its transaction undoes it.
 */
abstract class CreateEntitiesOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final int firstProperty;
    private final List<LogicalType> outputTypes = new ArrayList<>();

    CreateEntitiesOperator(PhysicalOperator child, int propertyCount) {
        this.child = child;
        this.firstProperty = child.outputTypes().size() - propertyCount;
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(LogicalType.INTERNAL_ID);
    }

    /** Creates the entities of the selected rows; writes each new id into {@code ids} at its row. */
    abstract void create(DataChunk input, ValueVector[] properties, ValueVector ids);

    @Override
    public final DataChunk next() {
        DataChunk input = child.next();
        if (input == null) {
            return null;
        }
        ValueVector[] properties = new ValueVector[input.numColumns() - firstProperty];
        for (int p = 0; p < properties.length; p++) {
            properties[p] = input.vector(firstProperty + p);
        }
        ValueVector ids = new ValueVector(LogicalType.INTERNAL_ID, Math.max(1, input.numRows()));
        create(input, properties, ids);
        ValueVector[] output = new ValueVector[input.numColumns() + 1];
        for (int c = 0; c < input.numColumns(); c++) {
            output[c] = input.vector(c);
        }
        output[input.numColumns()] = ids;
        return new DataChunk(output, input.numRows(), input.selection());
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
