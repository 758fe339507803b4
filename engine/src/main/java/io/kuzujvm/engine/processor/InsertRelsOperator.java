package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * Appends rels, all or nothing. Input columns: the source and destination nodes, then the
 * rel properties in table order. A bulk COPY names the nodes by primary key, reports errors
 * as Copy exceptions and returns Kùzu's summary row; a CREATE names them by node offset
 * and returns nothing.
 */
public final class InsertRelsOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final RelTable table;
    private final int pair;
    private final NodeTable from;
    private final NodeTable to;
    private final boolean bulkCopy;
    private boolean done;
    private long[] sources;
    private long[] destinations;

    public InsertRelsOperator(PhysicalOperator child, RelTable table, int pair, NodeTable from, NodeTable to,
                              boolean bulkCopy) {
        this.child = child;
        this.table = table;
        this.pair = pair;
        this.from = from;
        this.to = to;
        this.bulkCopy = bulkCopy;
    }

    @Override
    public DataChunk next() {
        if (done) {
            return null;
        }
        done = true;
        long relsBefore = table.numRels();
        long copied = 0;
        try {
            DataChunk chunk;
            while ((chunk = child.next()) != null) {
                ValueVector[] properties = new ValueVector[chunk.numColumns() - 2];
                for (int p = 0; p < properties.length; p++) {
                    properties[p] = chunk.vector(p + 2);
                }
                if (bulkCopy) {
                    copied += appendKeyed(chunk, properties);
                    continue;
                }
                for (int pos : chunk.selection().toArray()) {
                    long source = chunk.vector(0).getLong(pos);
                    long destination = chunk.vector(1).getLong(pos);
                    table.append(pair, source, destination, properties, pos);
                    copied++;
                }
            }
        } catch (KuzuException e) {
            table.rollbackTo(relsBefore);
            throw bulkCopy && e.kind() == KuzuException.Kind.RUNTIME ? e.withKind(KuzuException.Kind.COPY) : e;
        } catch (RuntimeException e) {
            table.rollbackTo(relsBefore);
            throw e;
        }
        if (!bulkCopy) {
            return null;
        }
        DataChunk result = DataChunk.allocate(outputTypes(), 1);
        result.vector(0).setObject(0, copied + " tuples have been copied to the " + table.entry().name() + " table.");
        result.setDense(1);
        return result;
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
    public List<LogicalType> outputTypes() {
        return List.of(LogicalType.STRING);
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "InsertRels(table=" + table.entry().name() + ")";
    }
}
