package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** CREATE of one node per input row; see {@link CreateEntitiesOperator}. */
public final class CreateNodesOperator extends CreateEntitiesOperator {

    private final NodeTable table;

    public CreateNodesOperator(PhysicalOperator child, NodeTable table) {
        super(child, table.entry().properties().size());
        this.table = table;
    }

    @Override
    void create(DataChunk input, ValueVector[] properties, ValueVector ids) {
        long firstOffset = table.numRows();
        table.append(new DataChunk(properties, input.numRows(), input.selection()));
        long[] next = {firstOffset};
        input.selection().forEach(pos -> ids.setLong(pos, next[0]++));
    }

    @Override
    public String describe() {
        return "CreateNodes(table=" + table.entry().name() + ")";
    }
}
