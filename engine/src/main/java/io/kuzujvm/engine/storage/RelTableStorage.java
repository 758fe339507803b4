package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;

/**
 * The rels of one relationship table, appended to columns by rel id (their offset):
 * source, destination, node-table pair and properties. A committed rel never changes;
 * forward and backward CSR indexes are built per snapshot over its first rels
 * ({@link #buildIndexes(int)}), so the rels appended since are the delta the next
 * snapshot's rebuild merges.
 */
final class RelTableStorage {

    private static final int INITIAL_CAPACITY = 1024;

    private final RelTableEntry entry;
    private long[] sources = new long[INITIAL_CAPACITY];
    private long[] destinations = new long[INITIAL_CAPACITY];
    private int[] pairs = new int[INITIAL_CAPACITY];
    private final ValueVector[] properties;
    private int numRels;
    private final RoaringBitmap[] sourcesWithRel;
    private final RoaringBitmap[] destinationsWithRel;
    /** The writer's own view of the index over every rel; dropped on each append. */
    private CsrIndex[][] liveIndexes;

    RelTableStorage(RelTableEntry entry) {
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

    RelTableEntry entry() {
        return entry;
    }

    synchronized int numRels() {
        return numRels;
    }

    /** Appends one rel, checking the table's multiplicity; returns its id. */
    synchronized long append(int pair, long source, long destination, ValueVector[] values, int pos) {
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
        liveIndexes = null;
        return numRels++;
    }

    /** Appends rels given as plain values (replay of the log). */
    synchronized void appendRels(java.util.List<io.kuzujvm.engine.storage.disk.LogRecord.Rel> rels) {
        if (rels.isEmpty()) {
            return;
        }
        ValueVector[] values = new ValueVector[properties.length];
        for (int c = 0; c < values.length; c++) {
            values[c] = new ValueVector(entry.properties().get(c).type(), rels.size());
        }
        for (int r = 0; r < rels.size(); r++) {
            for (int c = 0; c < values.length; c++) {
                values[c].setValue(r, rels.get(r).properties()[c]);
            }
        }
        for (int r = 0; r < rels.size(); r++) {
            io.kuzujvm.engine.storage.disk.LogRecord.Rel rel = rels.get(r);
            append(rel.pair(), rel.source(), rel.destination(), values, r);
        }
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

    /** Forgets every rel from {@code relCount} on (rollback). */
    synchronized void rollbackTo(long relCount) {
        if (relCount >= numRels) {
            return;
        }
        numRels = (int) relCount;
        for (int p = 0; p < sourcesWithRel.length; p++) {
            sourcesWithRel[p].clear();
            destinationsWithRel[p].clear();
        }
        for (int r = 0; r < numRels; r++) {
            sourcesWithRel[pairs[r]].add((int) sources[r]);
            destinationsWithRel[pairs[r]].add((int) destinations[r]);
        }
        liveIndexes = null;
    }

    /** The index over every rel, the writer's own included. */
    synchronized CsrIndex[][] liveIndexes() {
        if (liveIndexes == null) {
            liveIndexes = buildIndexes(numRels);
        }
        return liveIndexes;
    }

    /** The writer's index when it covers exactly the first {@code count} rels (reused by the committed snapshot). */
    synchronized CsrIndex[][] liveIndexesIfCovering(int count) {
        return liveIndexes != null && numRels == count ? liveIndexes : null;
    }

    /** Forward and backward CSR per pair over the first {@code count} rels. */
    synchronized CsrIndex[][] buildIndexes(int count) {
        int pairCount = entry.connections().size();
        CsrIndex[][] indexes = new CsrIndex[pairCount][2];
        for (int p = 0; p < pairCount; p++) {
            long[] from = new long[count];
            long[] to = new long[count];
            long[] ids = new long[count];
            int n = 0;
            for (int r = 0; r < count; r++) {
                if (pairs[r] == p) {
                    from[n] = sources[r];
                    to[n] = destinations[r];
                    ids[n++] = r;
                }
            }
            indexes[p][RelTable.Direction.FORWARD.ordinal()] = CsrIndex.build(from, to, ids, n);
            indexes[p][RelTable.Direction.BACKWARD.ordinal()] = CsrIndex.build(to, from, ids, n);
        }
        return indexes;
    }

    synchronized void readProperty(int property, long relId, ValueVector target, int pos) {
        target.copyFrom(properties[property], (int) relId, pos);
    }

    synchronized Object propertyValue(long relId, int property) {
        return properties[property].getValue((int) relId);
    }

    synchronized long source(long relId) {
        return sources[(int) relId];
    }

    synchronized long destination(long relId) {
        return destinations[(int) relId];
    }

    synchronized int pair(long relId) {
        return pairs[(int) relId];
    }
}
