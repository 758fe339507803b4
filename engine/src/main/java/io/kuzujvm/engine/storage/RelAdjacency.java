package io.kuzujvm.engine.storage;

/**
 * The rels of one node-table pair and direction as one transaction sees them: the CSR built
 * over the first rels, then the rels appended since (the delta the next rebuild merges),
 * up to the transaction's last visible rel.
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

    void forEach(long node, CsrIndex.RelVisitor visitor) {
        csr.forEach(node, visitor);
        if (deltaVisible) {
            delta.forEach(node, visibleRels, visitor);
        }
    }

    /**
     * Copies the rels of a node from its {@code skip}-th on into the arrays (from index
     * {@code at}), at most {@code max}; returns how many were copied.
     */
    int copyRels(long node, int skip, long[] relIds, long[] neighbours, int at, int max) {
        int copied = csr.copyRels(node, skip, relIds, neighbours, at, max);
        if (deltaVisible && copied < max) {
            int skipInDelta = Math.max(0, skip - csr.degree(node));
            copied += delta.copyRels(node, skipInDelta, visibleRels, relIds, neighbours, at + copied, max - copied);
        }
        return copied;
    }
}
