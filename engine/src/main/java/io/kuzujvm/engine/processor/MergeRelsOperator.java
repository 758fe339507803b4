package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * MERGE of a rel per input row between the nodes in two offset columns: the input's last
 * columns are the rel's properties in table order. Every rel between the two nodes (in the
 * pattern's direction) whose {@code matchProperties} equal the row's comes out (one row each);
 * when there is none, the rel is created. Appends the rel's id, whether it was created, and
 * its stored properties. A row missing an end node gives no row.
 */
public final class MergeRelsOperator extends RowExpandingOperator {

    private static final int PAGE = 1024;

    private final RelTable table;
    private final int pair;
    private final int sourceColumn;
    private final int destinationColumn;
    private final int firstProperty;
    private final int[] matchProperties;
    private final List<Long> matches = new ArrayList<>();
    private final long[] relIds = new long[PAGE];
    private final long[] neighbours = new long[PAGE];
    private boolean created;

    public MergeRelsOperator(PhysicalOperator child, RelTable table, int pair, int sourceColumn,
                             int destinationColumn, int[] matchProperties) {
        super(child, MergeOutput.types(table.entry()));
        this.table = table;
        this.pair = pair;
        this.sourceColumn = sourceColumn;
        this.destinationColumn = destinationColumn;
        this.firstProperty = child.outputTypes().size() - table.entry().properties().size();
        this.matchProperties = matchProperties.clone();
    }

    @Override
    int expand(DataChunk input, int row) {
        matches.clear();
        ValueVector sources = input.vector(sourceColumn);
        ValueVector destinations = input.vector(destinationColumn);
        if (sources.isNull(row) || destinations.isNull(row)) {
            return 0;
        }
        long source = sources.getLong(row);
        long destination = destinations.getLong(row);
        int seen = 0;
        int copied;
        do {
            copied = table.copyRels(pair, RelTable.Direction.FORWARD, source, seen, relIds, neighbours, 0, PAGE);
            for (int i = 0; i < copied; i++) {
                if (neighbours[i] == destination && matchesRow(relIds[i], input, row)) {
                    matches.add(relIds[i]);
                }
            }
            seen += copied;
        } while (copied == PAGE);
        created = matches.isEmpty();
        if (created) {
            ValueVector[] values = new ValueVector[table.entry().properties().size()];
            for (int p = 0; p < values.length; p++) {
                values[p] = input.vector(firstProperty + p);
            }
            matches.add(table.append(pair, source, destination, values, row));
        }
        return matches.size();
    }

    private boolean matchesRow(long relId, DataChunk input, int row) {
        for (int property : matchProperties) {
            ValueVector stored = new ValueVector(table.entry().properties().get(property).type(), 1);
            table.readProperty(property, relId, stored, 0);
            if (!MergeOutput.sameValue(stored, 0, input.vector(firstProperty + property), row)) {
                return false;
            }
        }
        return true;
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        long relId = matches.get(index);
        output.vector(firstColumn).setLong(outputRow, relId);
        output.vector(firstColumn + 1).setBool(outputRow, created);
        for (int p = 0; p < table.entry().properties().size(); p++) {
            table.readProperty(p, relId, output.vector(firstColumn + 2 + p), outputRow);
        }
    }

    @Override
    public String describe() {
        return "MergeRels(table=" + table.entry().name() + ")";
    }
}
