package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * MERGE of a node per input row: the input's last columns are the node's properties in table
 * order. Every node whose {@code matchProperties} equal the row's comes out (one row each);
 * when there is none, the node is created from the row's values (visible to the next rows).
 * Appends the node's offset, whether it was created, and its stored properties.
 */
public final class MergeNodesOperator extends RowExpandingOperator {

    private final NodeTable table;
    private final int firstProperty;
    private final int[] matchProperties;
    private final int[] allProperties;
    private final List<Long> matches = new ArrayList<>();
    private boolean created;

    public MergeNodesOperator(PhysicalOperator child, NodeTable table, int[] matchProperties) {
        super(child, MergeOutput.types(table.entry()));
        this.table = table;
        this.firstProperty = child.outputTypes().size() - table.entry().properties().size();
        this.matchProperties = matchProperties.clone();
        this.allProperties = MergeOutput.all(table.entry());
    }

    @Override
    int expand(DataChunk input, int row) {
        matches.clear();
        NodeTableEntry entry = table.entry();
        int primaryKey = entry.primaryKeyIndex();
        if (java.util.Arrays.stream(matchProperties).anyMatch(p -> p == primaryKey)) {
            Object key = input.vector(firstProperty + primaryKey).getValue(row);
            Long offset = key == null ? null : table.lookupPrimaryKey(key);
            if (offset != null && matchesRow(offset, input, row)) {
                matches.add(offset);
            }
        } else {
            scanForMatches(input, row);
        }
        created = matches.isEmpty();
        if (created) {
            ValueVector[] values = new ValueVector[allProperties.length];
            for (int p = 0; p < values.length; p++) {
                ValueVector source = input.vector(firstProperty + p);
                values[p] = new ValueVector(source.type(), 1);
                values[p].copyFrom(source, row, 0);
            }
            long offset = table.numRows();
            table.append(new DataChunk(values, 1, io.kuzujvm.engine.vector.Selection.dense(1)));
            matches.add(offset);
        }
        return matches.size();
    }

    /** Without the primary key, every node is a candidate: one pass over the match columns. */
    private void scanForMatches(DataChunk input, int row) {
        ValueVector[] stored = new ValueVector[matchProperties.length];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = new ValueVector(table.entry().properties().get(matchProperties[i]).type(), DataChunk.CAPACITY);
        }
        long start = 0;
        int count;
        while ((count = table.scan(start, DataChunk.CAPACITY, matchProperties, stored)) > 0) {
            for (int i = 0; i < count; i++) {
                if (!table.isDeleted(start + i) && sameValues(stored, i, input, row)) {
                    matches.add(start + i);
                }
            }
            start += count;
        }
    }

    private boolean sameValues(ValueVector[] stored, int storedPos, DataChunk input, int row) {
        for (int i = 0; i < stored.length; i++) {
            if (!MergeOutput.sameValue(stored[i], storedPos, input.vector(firstProperty + matchProperties[i]), row)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesRow(long offset, DataChunk input, int row) {
        ValueVector offsets = new ValueVector(io.kuzujvm.engine.types.LogicalType.INTERNAL_ID, 1);
        offsets.setLong(0, offset);
        ValueVector[] stored = new ValueVector[matchProperties.length];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = new ValueVector(table.entry().properties().get(matchProperties[i]).type(), 1);
        }
        table.gather(matchProperties, offsets, new int[] {0}, 1, stored);
        return sameValues(stored, 0, input, row);
    }

    @Override
    void emit(int index, DataChunk output, int firstColumn, int outputRow) {
        ValueVector ids = output.vector(firstColumn);
        ids.setLong(outputRow, matches.get(index));
        output.vector(firstColumn + 1).setBool(outputRow, created);
        ValueVector[] targets = new ValueVector[allProperties.length];
        for (int p = 0; p < targets.length; p++) {
            targets[p] = output.vector(firstColumn + 2 + p);
        }
        table.gather(allProperties, ids, new int[] {outputRow}, 1, targets);
    }

    @Override
    public String describe() {
        return "MergeNodes(table=" + table.entry().name() + ")";
    }
}
