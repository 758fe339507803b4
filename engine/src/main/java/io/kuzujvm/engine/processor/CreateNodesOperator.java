package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * CREATE of one node per input row: the last columns of the input are the new node's
 * properties in table order; the output is the input with the new node's offset appended.
 * Errors stop the statement; its transaction undoes what was created.
 */
public final class CreateNodesOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final NodeTable table;
    private final int firstProperty;
    private final List<LogicalType> outputTypes = new ArrayList<>();

    public CreateNodesOperator(PhysicalOperator child, NodeTable table) {
        this.child = child;
        this.table = table;
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
        long firstOffset = table.numRows();
        table.append(new DataChunk(properties, input.numRows(), input.selection()));
        ValueVector ids = new ValueVector(LogicalType.INTERNAL_ID, Math.max(1, input.numRows()));
        long[] next = {firstOffset};
        input.selection().forEach(pos -> ids.setLong(pos, next[0]++));
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
        return "CreateNodes(table=" + table.entry().name() + ")";
    }
}
