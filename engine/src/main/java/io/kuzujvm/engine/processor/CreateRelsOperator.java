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

    /**
     * A row missing an end node (an OPTIONAL MATCH that found none) creates no rel: its id and
     * the rel's property values in the row become null.
     */
    @Override
    void create(DataChunk input, ValueVector[] properties, ValueVector ids) {
        ValueVector sources = input.vector(sourceColumn);
        ValueVector destinations = input.vector(destinationColumn);
        input.selection().forEach(pos -> {
            if (sources.isNull(pos) || destinations.isNull(pos)) {
                ids.setNull(pos, true);
                for (ValueVector property : properties) {
                    property.setNull(pos, true);
                }
            } else {
                ids.setLong(pos, table.append(pair, sources.getLong(pos), destinations.getLong(pos), properties, pos));
            }
        });
    }

    @Override
    public String describe() {
        return "CreateRels(table=" + table.entry().name() + ")";
    }
}
