package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/**
 * CREATE of one rel per input row between the nodes in two offset columns; see
 * {@link CreateEntitiesOperator}.
 */
public final class CreateRelsOperator extends CreateEntitiesOperator {

    private final RelTable table;
    private final int pair;
    private final int sourceColumn;
    private final int destinationColumn;

    public CreateRelsOperator(PhysicalOperator child, RelTable table, int pair, int sourceColumn,
                              int destinationColumn) {
        super(child, table.entry().properties().size());
        this.table = table;
        this.pair = pair;
        this.sourceColumn = sourceColumn;
        this.destinationColumn = destinationColumn;
    }

    @Override
    void create(DataChunk input, ValueVector[] properties, ValueVector ids) {
        input.selection().forEach(pos -> ids.setLong(pos, table.append(pair,
                input.vector(sourceColumn).getLong(pos), input.vector(destinationColumn).getLong(pos), properties,
                pos)));
    }

    @Override
    public String describe() {
        return "CreateRels(table=" + table.entry().name() + ")";
    }
}
