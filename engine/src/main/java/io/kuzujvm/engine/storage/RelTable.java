package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.vector.ValueVector;

/**
 * A relationship table as one transaction sees it: a reader traverses the CSR of its
 * snapshot (rels committed before it started) and sees its snapshot's property values and
 * deletions, the writer its own index over every rel and its own changes. A deleted rel
 * keeps its id (ids are never reused) but no traversal returns it.
 */
public final class RelTable {

    /** Which end of a rel a traversal starts from. */
    public enum Direction { FORWARD, BACKWARD }

    private final RelTableStorage storage;
    /** The reader's snapshot version, or null for the writer. */
    private final Snapshot.RelTableVersion version;

    RelTable(RelTableStorage storage, Snapshot.RelTableVersion version) {
        this.storage = storage;
        this.version = version;
    }

    public RelTableEntry entry() {
        return storage.entry();
    }

    public long numRels() {
        return version == null ? storage.numRels() : version.numRels();
    }

    /**
     * Appends one rel between two node offsets of connection {@code pair}, with its
     * properties taken from {@code values} at {@code pos}; returns the new rel id.
     * Checks the table's multiplicity.
     */
    public long append(int pair, long source, long destination, ValueVector[] values, int pos) {
        checkWritable();
        return storage.append(pair, source, destination, values, pos);
    }

    /**
     * Appends {@code count} rels of connection {@code pair} in one call (a bulk COPY): rel
     * {@code i} joins node offsets {@code sources[i]} and {@code destinations[i]}, with its
     * properties at position {@code positions[i]} of {@code values} ({@code i} when positions
     * is null). Checks the multiplicity; on a violation the caller rolls back.
     */
    public void appendBatch(int pair, long[] sources, long[] destinations, ValueVector[] values, int[] positions,
                            int count) {
        checkWritable();
        storage.appendBatch(pair, sources, destinations, values, positions, count);
    }

    /** Forgets every rel from {@code relCount} on (rollback of a failed statement). */
    public void rollbackTo(long relCount) {
        checkWritable();
        storage.rollbackTo(relCount);
    }

    /**
     * Sets one property of rel {@code relId} to the value at {@code pos} of {@code values}.
     * Transactions that started earlier keep seeing the old value.
     */
    public void update(int property, long relId, ValueVector values, int pos) {
        checkWritable();
        storage.update(property, relId, values, pos);
    }

    /**
     * Deletes a rel: traversals of this transaction stop seeing it. Returns false when it was
     * deleted already.
     */
    public boolean delete(long relId) {
        checkWritable();
        return storage.delete(relId);
    }

    public boolean isDeleted(long relId) {
        return storage.isDeleted(rows(), relId);
    }

    /** The rels' values and deletions a reader sees; null for the writer's current ones. */
    private RowStore.Version rows() {
        return version == null ? null : version.rows();
    }

    private void checkWritable() {
        if (version != null) {
            throw new IllegalStateException("Table " + entry().name() + " was opened for reading only");
        }
    }

    /** Visits the rels of a node of connection {@code pair} in one direction. */
    public void forEachRel(int pair, Direction direction, long node, RelVisitor visitor) {
        adjacency(pair, direction).forEach(node, storage.deletedRels(rows()), visitor::visit);
    }

    /** The rels of one connection and direction as this transaction sees them. */
    private RelAdjacency adjacency(int pair, Direction direction) {
        RelAdjacency[][] adjacencies = version == null ? storage.liveAdjacencies() : version.adjacencies();
        return adjacencies[pair][direction.ordinal()];
    }

    /**
     * Copies the rels of a node (connection {@code pair}, one direction) from its
     * {@code skip}-th on (counting the rels this transaction sees) into {@code relIds} and
     * {@code neighbours} from index {@code at}, at most {@code max}; returns how many were copied.
     */
    public int copyRels(int pair, Direction direction, long node, int skip, long[] relIds, long[] neighbours, int at,
                        int max) {
        return adjacency(pair, direction).copyRels(node, skip, storage.deletedRels(rows()), relIds, neighbours, at,
                max);
    }

    /** Copies a property of {@code count} rels into {@code target} from position {@code at}. */
    public void readProperties(int property, long[] relIds, int count, ValueVector target, int at) {
        storage.readProperties(rows(), property, relIds, count, target, at);
    }

    /** Copies a property of a rel into a vector position. */
    public void readProperty(int property, long relId, ValueVector target, int pos) {
        storage.readProperty(rows(), property, relId, target, pos);
    }

    /** Receives one rel: its id and the node at its other end. */
    @FunctionalInterface
    public interface RelVisitor {
        void visit(long relId, long neighbour);
    }
}
