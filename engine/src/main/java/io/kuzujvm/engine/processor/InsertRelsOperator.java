package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;


/**
 * COPY into a rel table (see {@link TableAppendOperator}). Input columns: the source and
 * destination nodes' primary keys, then the rel properties in table order.
 */
public final class InsertRelsOperator extends TableAppendOperator {

    private final RelTable table;
    private final int pair;
    private final NodeTable from;
    private final NodeTable to;
    private long[] sources;
    private long[] destinations;

    public InsertRelsOperator(PhysicalOperator child, RelTable table, int pair, NodeTable from, NodeTable to) {
        super(child);
        this.table = table;
        this.pair = pair;
        this.from = from;
        this.to = to;
    }

    @Override
    String tableName() {
        return table.entry().name();
    }

    @Override
    long rowCount() {
        return table.numRels();
    }

    @Override
    void rollbackTo(long rowCount) {
        table.rollbackTo(rowCount);
    }

    @Override
    long append(DataChunk chunk) {
        ValueVector[] properties = new ValueVector[chunk.numColumns() - 2];
        for (int p = 0; p < properties.length; p++) {
            properties[p] = chunk.vector(p + 2);
        }
        return appendKeyed(chunk, properties);
    }

    /**
     * A chunk of a bulk COPY: looks the keys up a chunk at a time and appends the rels in one
     * call. Errors come in row order, as if the rels were appended one by one: the rels before
     * the first unknown key are appended (and may fail their multiplicity check) first.
     */
    private int appendKeyed(DataChunk chunk, ValueVector[] properties) {
        int count = chunk.selection().count();
        int[] positions = chunk.selection().isDense() ? null : chunk.selection().toArray();
        if (sources == null) {
            sources = new long[DataChunk.CAPACITY];
            destinations = new long[DataChunk.CAPACITY];
        }
        int badSource = from.lookupPrimaryKeys(chunk.vector(0), positions, count, sources);
        int badDestination = to.lookupPrimaryKeys(chunk.vector(1), positions, count, destinations);
        int good = count;
        if (badSource >= 0) {
            good = badSource;
        }
        if (badDestination >= 0 && badDestination < good) {
            good = badDestination;
        }
        table.appendBatch(pair, sources, destinations, properties, positions, good);
        if (good < count) {
            int pos = positions == null ? good : positions[good];
            boolean sourceFailed = badSource == good;
            ValueVector keys = chunk.vector(sourceFailed ? 0 : 1);
            Object key = keys.getValue(pos);
            throw KuzuException.runtime("Unable to find primary key value "
                    + ValueFormatter.format(key, keys.type()) + ".");
        }
        return count;
    }

    @Override
    public String describe() {
        return "InsertRels(table=" + table.entry().name() + ")";
    }
}
