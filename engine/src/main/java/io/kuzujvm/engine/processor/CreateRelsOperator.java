package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * CREATE of one rel per input row between the nodes in two offset columns; the last
 * columns of the input are the rel's properties in table order. The output is the input
 * with the new rel's id appended. Errors stop the statement; its transaction undoes it.
 */
public final class CreateRelsOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final RelTable table;
    private final int pair;
    private final int sourceColumn;
    private final int destinationColumn;
    private final int firstProperty;
    private final List<LogicalType> outputTypes = new ArrayList<>();

    public CreateRelsOperator(PhysicalOperator child, RelTable table, int pair, int sourceColumn,
                              int destinationColumn) {
        this.child = child;
        this.table = table;
        this.pair = pair;
        this.sourceColumn = sourceColumn;
        this.destinationColumn = destinationColumn;
        this.firstProperty = child.outputTypes().size() - table.entry().properties().size();
        outputTypes.addAll(child.outputTypes());
        outputTypes.add(LogicalType.INTERNAL_ID);
    }

    @Override
    public DataChunk next() {
        DataChunk input = child.next();
        if (input == null) {
            return null;
        }
        ValueVector[] properties = new ValueVector[input.numColumns() - firstProperty];
        for (int p = 0; p < properties.length; p++) {
            properties[p] = input.vector(firstProperty + p);
        }
        ValueVector ids = new ValueVector(LogicalType.INTERNAL_ID, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> ids.setLong(pos, table.append(pair,
                input.vector(sourceColumn).getLong(pos), input.vector(destinationColumn).getLong(pos), properties, pos)));
        ValueVector[] output = new ValueVector[input.numColumns() + 1];
        for (int c = 0; c < input.numColumns(); c++) {
            output[c] = input.vector(c);
        }
        output[input.numColumns()] = ids;
        return new DataChunk(output, input.numRows(), input.selection());
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
        return "CreateRels(table=" + table.entry().name() + ")";
    }
}
