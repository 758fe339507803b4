package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;

/**
 * The rels of one relationship table, appended to columns by rel id (their offset):
 * source, destination, node-table pair and properties. A committed rel never changes.
 * Forward and backward CSR indexes cover the first {@code csrRels} rels; the rels appended
 * since sit in a {@link RelDelta} per pair and direction, so an insert costs no rebuild. Past
 * {@value #DELTA_LIMIT} delta rels, or on a bulk append (COPY), the CSR is marked stale and
 * rebuilt over every rel when next needed. Transactions see both through {@link RelAdjacency}
 * views.
 */
final class RelTableStorage {

    private static final int INITIAL_CAPACITY = 1024;
    /** Rels kept in the delta before the CSR is rebuilt: bounds its memory, amortizes rebuilds. */
    static final int DELTA_LIMIT = 1 << 16;

    private final RelTableEntry entry;
    /** Node offsets (below 2^31, like the offset bitmaps) as ints: half the memory of longs. */
    private int[] sources = new int[INITIAL_CAPACITY];
    private int[] destinations = new int[INITIAL_CAPACITY];
    private int[] pairs = new int[INITIAL_CAPACITY];
    private final ValueVector[] properties;
    private int numRels;
    private final RoaringBitmap[] sourcesWithRel;
    private final RoaringBitmap[] destinationsWithRel;
    private CsrIndex[][] csr;
    private int csrRels;
    private RelDelta[][] deltas;
    /** The CSR and deltas miss rels: rebuild before the next view. */
    private boolean stale;
    /** The writer's views over every rel; replaced when the CSR or the deltas are. */
    private RelAdjacency[][] liveAdjacencies;

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
        rebuildCsr(0);
    }

    RelTableEntry entry() {
        return entry;
    }

    synchronized int numRels() {
        return numRels;
    }

    /** Appends one rel, checking the table's multiplicity; returns its id. */
    synchronized long append(int pair, long source, long destination, ValueVector[] values, int pos) {
        checkMultiplicity(pair, source, destination);
        ensureCapacity(numRels + 1);
        sources[numRels] = toInt(source);
        destinations[numRels] = toInt(destination);
        pairs[numRels] = pair;
        for (int c = 0; c < properties.length; c++) {
            properties[c].copyFrom(values[c], pos, numRels);
        }
        if (!stale && deltaSize() < DELTA_LIMIT) {
            addToDelta(pair, numRels);
        } else {
            markStale();
        }
        fillSerials(numRels, numRels + 1);
        return numRels++;
    }

    /**
     * Appends {@code count} rels of one pair in one call: rel {@code i} joins
     * {@code sourceOffsets[i]} to {@code destinationOffsets[i]}, its properties are at position
     * {@code positions[i]} of {@code values} (or {@code i} when positions is null). Checks the
     * multiplicity rel by rel; on a violation the rels before it stay appended (the caller rolls back).
     */
    synchronized void appendBatch(int pair, long[] sourceOffsets, long[] destinationOffsets, ValueVector[] values,
                                  int[] positions, int count) {
        ensureCapacity(numRels + count);
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        boolean check = !multiplicity.manyForward() || !multiplicity.manyBackward();
        int base = numRels;
        // A small append goes through the delta; a bulk one leaves the CSR to be rebuilt.
        if (stale || deltaSize() + count > DELTA_LIMIT) {
            markStale();
        }
        for (int i = 0; i < count; i++) {
            if (check) {
                checkMultiplicity(pair, sourceOffsets[i], destinationOffsets[i]);
            }
            sources[base + i] = toInt(sourceOffsets[i]);
            destinations[base + i] = toInt(destinationOffsets[i]);
            pairs[base + i] = pair;
            if (positions != null) {
                for (int c = 0; c < properties.length; c++) {
                    properties[c].copyFrom(values[c], positions[i], base + i);
                }
            }
            if (!stale) {
                addToDelta(pair, base + i);
            }
            numRels = base + i + 1;
        }
        if (positions == null) {
            for (int c = 0; c < properties.length; c++) {
                properties[c].copyRange(values[c], 0, base, count);
            }
        }
        fillSerials(base, base + count);
    }

    private void markStale() {
        stale = true;
        liveAdjacencies = null;
    }

    private void addToDelta(int pair, int relId) {
        deltas[pair][RelTable.Direction.FORWARD.ordinal()].add(sources[relId], relId, destinations[relId]);
        deltas[pair][RelTable.Direction.BACKWARD.ordinal()].add(destinations[relId], relId, sources[relId]);
    }

    private int deltaSize() {
        int size = 0;
        for (RelDelta[] pairDeltas : deltas) {
            size += pairDeltas[RelTable.Direction.FORWARD.ordinal()].size();
        }
        return size;
    }

    /** A new CSR over the first {@code count} rels, with empty deltas after it. */
    private void rebuildCsr(int count) {
        csr = buildIndexes(count);
        csrRels = count;
        int pairCount = entry.connections().size();
        deltas = new RelDelta[pairCount][2];
        for (int p = 0; p < pairCount; p++) {
            deltas[p][0] = new RelDelta();
            deltas[p][1] = new RelDelta();
        }
        stale = false;
        liveAdjacencies = null;
    }

    /** A SERIAL property a new rel brings no value for takes the rel's id, counting from 0 like Kùzu's. */
    private void fillSerials(int from, int to) {
        for (int c = 0; c < properties.length; c++) {
            if (entry.properties().get(c).type().id() == io.kuzujvm.engine.types.TypeId.SERIAL) {
                for (int rel = from; rel < to; rel++) {
                    if (properties[c].isNull(rel)) {
                        properties[c].setLong(rel, rel);
                    }
                }
            }
        }
    }

    private static int toInt(long offset) {
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw new IllegalStateException("Node offset out of range: " + offset);
        }
        return (int) offset;
    }

    /** Checks a new rel against the multiplicity and records its ends (only for a ONE side). */
    private void checkMultiplicity(int pair, long source, long destination) {
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        if (!multiplicity.manyForward() && sourcesWithRel[pair].contains((int) source)) {
            throw multiplicityError(source, "fwd");
        }
        if (!multiplicity.manyBackward() && destinationsWithRel[pair].contains((int) destination)) {
            throw multiplicityError(destination, "bwd");
        }
        if (!multiplicity.manyForward()) {
            sourcesWithRel[pair].add((int) source);
        }
        if (!multiplicity.manyBackward()) {
            destinationsWithRel[pair].add((int) destination);
        }
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
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        for (int p = 0; p < sourcesWithRel.length; p++) {
            sourcesWithRel[p].clear();
            destinationsWithRel[p].clear();
        }
        for (int r = 0; r < numRels; r++) {
            if (!multiplicity.manyForward()) {
                sourcesWithRel[pairs[r]].add(sources[r]);
            }
            if (!multiplicity.manyBackward()) {
                destinationsWithRel[pairs[r]].add(destinations[r]);
            }
        }
        if (stale || numRels < csrRels) {
            markStale();
        } else {
            for (RelDelta[] pairDeltas : deltas) {
                for (RelDelta delta : pairDeltas) {
                    delta.truncate(numRels);
                }
            }
        }
    }

    /** Views over every rel, the writer's own included. */
    synchronized RelAdjacency[][] liveAdjacencies() {
        if (liveAdjacencies == null) {
            liveAdjacencies = adjacencies(Integer.MAX_VALUE);
        }
        return liveAdjacencies;
    }

    /**
     * Views over the first {@code visibleRels} rels (a snapshot's), valid whatever is appended
     * later. A snapshot whose first use comes after the CSR was rebuilt past its rels gets a CSR
     * of its own (rare: the snapshot of a long reader).
     */
    synchronized RelAdjacency[][] adjacencies(int visibleRels) {
        if (stale) {
            rebuildCsr(numRels);
        }
        boolean own = csrRels > visibleRels;
        CsrIndex[][] indexes = own ? buildIndexes(visibleRels) : csr;
        RelAdjacency[][] views = new RelAdjacency[indexes.length][2];
        for (int p = 0; p < indexes.length; p++) {
            for (int d = 0; d < 2; d++) {
                views[p][d] = own ? new RelAdjacency(indexes[p][d], visibleRels, null, visibleRels)
                        : new RelAdjacency(indexes[p][d], csrRels, deltas[p][d], visibleRels);
            }
        }
        return views;
    }

    /** Forward and backward CSR per pair over the first {@code count} rels. */
    private CsrIndex[][] buildIndexes(int count) {
        int pairCount = entry.connections().size();
        CsrIndex[][] indexes = new CsrIndex[pairCount][2];
        int[] pairFilter = pairCount == 1 ? null : pairs;
        int[] sources = this.sources;
        int[] destinations = this.destinations;
        for (int p = 0; p < pairCount; p++) {
            int pair = p;
            // The two directions are independent: build the backward one on another core.
            java.util.concurrent.CompletableFuture<CsrIndex> backward = count < 65536 ? null
                    : java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> CsrIndex.build(destinations, sources, pairFilter, pair, count));
            indexes[p][RelTable.Direction.FORWARD.ordinal()] = CsrIndex.build(sources, destinations, pairFilter, p,
                    count);
            indexes[p][RelTable.Direction.BACKWARD.ordinal()] = backward == null
                    ? CsrIndex.build(destinations, sources, pairFilter, p, count) : backward.join();
        }
        return indexes;
    }

    synchronized void readProperties(int property, long[] relIds, int count, ValueVector target, int at) {
        ValueVector column = properties[property];
        for (int i = 0; i < count; i++) {
            target.copyFrom(column, (int) relIds[i], at + i);
        }
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
