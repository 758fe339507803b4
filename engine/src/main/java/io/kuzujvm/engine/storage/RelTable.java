package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;

/**
 * The rels of one relationship table. Rels are appended to columns by rel id (their
 * offset): source, destination, node-table pair and properties. Forward and backward
 * CSR indexes per pair are rebuilt from the columns when rels were appended since the
 * last read: the appended rels are the delta that the rebuild merges.
 */
public final class RelTable {

    /** Which end of a rel a traversal starts from. */
    public enum Direction { FORWARD, BACKWARD }

    private static final int INITIAL_CAPACITY = 1024;

    private final RelTableEntry entry;
    private long[] sources = new long[INITIAL_CAPACITY];
    private long[] destinations = new long[INITIAL_CAPACITY];
    private int[] pairs = new int[INITIAL_CAPACITY];
    private final ValueVector[] properties;
    private int numRels;
    private final RoaringBitmap[] sourcesWithRel;
    private final RoaringBitmap[] destinationsWithRel;
    private CsrIndex[][] csr;

    public RelTable(RelTableEntry entry) {
        this.entry = entry;
        properties = new ValueVector[entry.properties().size()];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new ValueVector(entry.properties().get(i).type(), INITIAL_CAPACITY);
        }
        int pairCount = entry.connections().size();
        sourcesWithRel = new RoaringBitmap[pairCount];
        destinationsWithRel = new RoaringBitmap[pairCount];
        for (int p = 0; p < pairCount; p++) {
            sourcesWithRel[p] = new RoaringBitmap();
            destinationsWithRel[p] = new RoaringBitmap();
        }
    }

    public RelTableEntry entry() {
        return entry;
    }

    public synchronized long numRels() {
        return numRels;
    }

    /**
     * Appends one rel between two node offsets of connection {@code pair}, with its
     * properties taken from {@code values} at {@code pos}; returns the new rel id.
     * Checks the table's multiplicity.
     */
    public synchronized long append(int pair, long source, long destination, ValueVector[] values, int pos) {
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        if (!multiplicity.manyForward() && sourcesWithRel[pair].contains((int) source)) {
            throw multiplicityError(source, "fwd");
        }
        if (!multiplicity.manyBackward() && destinationsWithRel[pair].contains((int) destination)) {
            throw multiplicityError(destination, "bwd");
        }
        ensureCapacity(numRels + 1);
        sources[numRels] = source;
        destinations[numRels] = destination;
        pairs[numRels] = pair;
        for (int c = 0; c < properties.length; c++) {
            properties[c].copyFrom(values[c], pos, numRels);
        }
        sourcesWithRel[pair].add((int) source);
        destinationsWithRel[pair].add((int) destination);
        csr = null;
        return numRels++;
    }

    private KuzuException multiplicityError(long node, String direction) {
        return KuzuException.runtime("Node(nodeOffset: " + node + ") has more than one neighbour in table "
                + entry.name() + " in the " + direction + " direction, which violates the rel multiplicity"
                + " constraint.");
    }

    private void ensureCapacity(int capacity) {
        if (capacity > sources.length) {
            int newCapacity = Math.max(capacity, sources.length * 2);
            sources = Arrays.copyOf(sources, newCapacity);
            destinations = Arrays.copyOf(destinations, newCapacity);
            pairs = Arrays.copyOf(pairs, newCapacity);
            for (ValueVector property : properties) {
                property.ensureCapacity(newCapacity);
            }
        }
    }

    /** Forgets every rel from {@code relCount} on (rollback of a failed statement). */
    public synchronized void rollbackTo(long relCount) {
        numRels = (int) relCount;
        for (int p = 0; p < sourcesWithRel.length; p++) {
            sourcesWithRel[p].clear();
            destinationsWithRel[p].clear();
        }
        for (int r = 0; r < numRels; r++) {
            sourcesWithRel[pairs[r]].add((int) sources[r]);
            destinationsWithRel[pairs[r]].add((int) destinations[r]);
        }
        csr = null;
    }

    /** Visits the rels of a node of connection {@code pair} in one direction. */
    public void forEachRel(int pair, Direction direction, long node, RelVisitor visitor) {
        CsrIndex index;
        synchronized (this) {
            if (csr == null) {
                csr = buildIndexes();
            }
            index = csr[pair][direction.ordinal()];
        }
        index.forEach(node, visitor::visit);
    }

    private CsrIndex[][] buildIndexes() {
        int pairCount = entry.connections().size();
        CsrIndex[][] indexes = new CsrIndex[pairCount][2];
        for (int p = 0; p < pairCount; p++) {
            long[] from = new long[numRels];
            long[] to = new long[numRels];
            long[] ids = new long[numRels];
            int count = 0;
            for (int r = 0; r < numRels; r++) {
                if (pairs[r] == p) {
                    from[count] = sources[r];
                    to[count] = destinations[r];
                    ids[count++] = r;
                }
            }
            indexes[p][Direction.FORWARD.ordinal()] = CsrIndex.build(from, to, ids, count);
            indexes[p][Direction.BACKWARD.ordinal()] = CsrIndex.build(to, from, ids, count);
        }
        return indexes;
    }

    /** Copies a property of a rel into a vector position. */
    public synchronized void readProperty(int property, long relId, ValueVector target, int pos) {
        target.copyFrom(properties[property], (int) relId, pos);
    }

    /** Receives one rel: its id and the node at its other end. */
    @FunctionalInterface
    public interface RelVisitor {
        void visit(long relId, long neighbour);
    }
}
