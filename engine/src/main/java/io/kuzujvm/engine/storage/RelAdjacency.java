package io.kuzujvm.engine.storage;

import java.util.function.IntPredicate;

/**
 * The rels of one node-table pair and direction as one transaction sees it: the CSR built
 * over the first rels, then the rels appended since (the delta the next rebuild merges),
 * up to the transaction's last visible rel. Deleted rels are in both; the traversals take
 * the transaction's deleted rels (null when there are none) and skip them.
 */
final class RelAdjacency {

    private final CsrIndex csr;
    private final RelDelta delta;
    private final int visibleRels;
    private final boolean deltaVisible;

    /** @param csrRels how many rels the CSR covers (the delta holds those after them) */
    RelAdjacency(CsrIndex csr, int csrRels, RelDelta delta, int visibleRels) {
        this.csr = csr;
        this.delta = delta;
        this.visibleRels = visibleRels;
        this.deltaVisible = visibleRels > csrRels;
    }

    void forEach(long node, IntPredicate deleted, CsrIndex.RelVisitor visitor) {
        CsrIndex.RelVisitor live = deleted == null ? visitor : (relId, neighbour) -> {
            if (!deleted.test((int) relId)) {
                visitor.visit(relId, neighbour);
            }
        };
        csr.forEach(node, live);
        if (deltaVisible) {
            delta.forEach(node, visibleRels, live);
        }
    }

    /**
     * Copies the live rels of a node from its {@code skip}-th on into the arrays (from index
     * {@code at}), at most {@code max}; returns how many were copied.
     */
    int copyRels(long node, int skip, IntPredicate deleted, long[] relIds, long[] neighbours, int at, int max) {
        if (deleted != null) {
            return copyLiveRels(node, skip, deleted, relIds, neighbours, at, max);
        }
        int copied = csr.copyRels(node, skip, relIds, neighbours, at, max);
        if (deltaVisible && copied < max) {
            int skipInDelta = Math.max(0, skip - csr.degree(node));
            copied += delta.copyRels(node, skipInDelta, visibleRels, relIds, neighbours, at + copied, max - copied);
        }
        return copied;
    }

    /** With deletions a position among live rels is not one in the CSR: walk the node's rels from the first. */
    private int copyLiveRels(long node, int skip, IntPredicate deleted, long[] relIds, long[] neighbours, int at,
                             int max) {
        int[] counts = new int[2];
        forEach(node, deleted, (relId, neighbour) -> {
            if (counts[0]++ >= skip && counts[1] < max) {
                relIds[at + counts[1]] = relId;
                neighbours[at + counts[1]] = neighbour;
                counts[1]++;
            }
        });
        return counts[1];
    }
}
