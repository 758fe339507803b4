package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The rels of one relationship table, appended to columns by rel id (their offset):
 * source, destination and node-table pair (never changed), properties and deletions in a
 * {@link RowStore} (changed copy-on-write, so readers keep their snapshot's). Deleted rels stay
 * in the CSR and deltas; traversals skip them.
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
    /** The properties by rel id, and which rels are deleted. */
    private final RowStore rows;
    private final int[] serialColumns;
    /** Per pair, the nodes of a ONE side that have a live rel. */
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
        rows = new RowStore(entry.properties().stream().map(Property::type).toList());
        serialColumns = java.util.stream.IntStream.range(0, entry.properties().size())
                .filter(i -> entry.properties().get(i).type().id() == TypeId.SERIAL).toArray();
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

    /** The rels' properties and deletions, for the log and checkpoints (read while no statement runs). */
    RowStore rows() {
        return rows;
    }

    synchronized int numRels() {
        return (int) rows.numRows();
    }

    private RowStore.Version view(RowStore.Version version) {
        return version == null ? rows.current() : version;
    }

    /** Appends one rel, checking the table's multiplicity; returns its id. */
    synchronized long append(int pair, long source, long destination, ValueVector[] values, int pos) {
        checkMultiplicity(pair, source, destination);
        int id = numRels();
        addEnds(id, pair, source, destination);
        rows.append(values, pos);
        fillSerials(id, id + 1);
        return id;
    }

    /**
     * Appends {@code count} rels of one pair in one call: rel {@code i} joins
     * {@code sourceOffsets[i]} to {@code destinationOffsets[i]}, its properties are at position
     * {@code positions[i]} of {@code values} (or {@code i} when positions is null). Checks the
     * multiplicity rel by rel; on a violation the rels before it stay appended (the caller rolls back).
     */
    synchronized void appendBatch(int pair, long[] sourceOffsets, long[] destinationOffsets, ValueVector[] values,
                                  int[] positions, int count) {
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        boolean check = !multiplicity.manyForward() || !multiplicity.manyBackward();
        int base = numRels();
        // A small append goes through the delta; a bulk one leaves the CSR to be rebuilt.
        if (stale || deltaSize() + count > DELTA_LIMIT) {
            markStale();
        }
        int appended = 0;
        try {
            for (int i = 0; i < count; i++) {
                if (check) {
                    checkMultiplicity(pair, sourceOffsets[i], destinationOffsets[i]);
                }
                addEnds(base + i, pair, sourceOffsets[i], destinationOffsets[i]);
                if (positions != null) {
                    rows.append(values, positions[i]);
                }
                appended++;
            }
        } finally {
            if (positions == null) {
                rows.appendRange(values, 0, appended);
            }
            fillSerials(base, base + appended);
        }
    }

    /**
     * Appends a deleted rel (the slot of a rel deleted before a checkpoint: later ids stay as
     * they were). It keeps its ends, so the CSR is built as before, but no multiplicity claim.
     */
    synchronized void appendDeleted(int pair, long source, long destination) {
        addEnds(numRels(), pair, source, destination);
        rows.appendDeleted(1);
    }

    /**
     * Stores the ends of rel {@code id} (the next one; its properties may follow later, as in a
     * bulk append) and adds it to the delta, unless the CSR is stale or the delta full (then the
     * CSR is rebuilt when next needed).
     */
    private void addEnds(int id, int pair, long source, long destination) {
        if (!stale && deltaSize() >= DELTA_LIMIT) {
            markStale();
        }
        ensureCapacity(id + 1);
        sources[id] = toInt(source);
        destinations[id] = toInt(destination);
        pairs[id] = pair;
        if (!stale) {
            deltas[pair][RelTable.Direction.FORWARD.ordinal()].add(sources[id], id, destinations[id]);
            deltas[pair][RelTable.Direction.BACKWARD.ordinal()].add(destinations[id], id, sources[id]);
        }
    }

    synchronized void update(int property, long relId, ValueVector values, int pos) {
        rows.update(property, relId, values, pos);
    }

    /** Deletes a rel, freeing its ends on a ONE side; false when it was deleted already. */
    synchronized boolean delete(long relId) {
        if (!rows.delete(relId)) {
            return false;
        }
        int id = (int) relId;
        if (!entry.multiplicity().manyForward()) {
            sourcesWithRel[pairs[id]].remove(sources[id]);
        }
        if (!entry.multiplicity().manyBackward()) {
            destinationsWithRel[pairs[id]].remove(destinations[id]);
        }
        return true;
    }

    synchronized boolean isDeleted(RowStore.Version version, long relId) {
        return view(version).isDeleted(relId);
    }

    /** Which rels a version does not see, for traversals: null when none is deleted. */
    synchronized IntPredicate deletedRels(RowStore.Version version) {
        if (view(version).deleted().isEmpty()) {
            return null;
        }
        // The writer's bitmap changes with its deletes: read it under the lock each time.
        return version == null ? id -> isDeleted(null, id) : version.deleted()::contains;
    }

    private void markStale() {
        stale = true;
        liveAdjacencies = null;
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
        for (int column : serialColumns) {
            rows.fillNullsWithRowNumbers(column, from, to);
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
        ValueVector[] values = new ValueVector[entry.properties().size()];
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
        }
    }

    /** Forgets every rel from {@code relCount} on (appended by this transaction: a failed statement). */
    synchronized void rollbackTo(long relCount) {
        if (relCount >= numRels()) {
            return;
        }
        rows.truncate(relCount);
        afterRelsRemoved();
    }

    /** Forgets the write transaction's changes: its rels, updates and deletes. */
    synchronized void rollback() {
        boolean removed = numRels() > rows.published().numRows() || !rows.deletedPublishedRows().isEmpty();
        rows.rollback();
        if (removed) {
            afterRelsRemoved();
        }
    }

    /** Makes the writer's rels the committed ones; returns their version. */
    synchronized RowStore.Version publish() {
        return rows.publish();
    }

    /** Brings the multiplicity bookkeeping and the deltas back in line with the rels that exist now. */
    private void afterRelsRemoved() {
        int numRels = numRels();
        RelTableEntry.Multiplicity multiplicity = entry.multiplicity();
        RoaringBitmap deleted = rows.current().deleted();
        for (int p = 0; p < sourcesWithRel.length; p++) {
            sourcesWithRel[p].clear();
            destinationsWithRel[p].clear();
        }
        for (int r = 0; r < numRels; r++) {
            if (!deleted.contains(r)) {
                if (!multiplicity.manyForward()) {
                    sourcesWithRel[pairs[r]].add(sources[r]);
                }
                if (!multiplicity.manyBackward()) {
                    destinationsWithRel[pairs[r]].add(destinations[r]);
                }
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
            rebuildCsr(numRels());
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

    synchronized void readProperties(RowStore.Version version, int property, long[] relIds, int count,
                                     ValueVector target, int at) {
        RowStore.Version rels = view(version);
        for (int i = 0; i < count; i++) {
            rels.copyTo(relIds[i], property, target, at + i);
        }
    }

    synchronized void readProperty(RowStore.Version version, int property, long relId, ValueVector target, int pos) {
        view(version).copyTo(relId, property, target, pos);
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
