package io.kuzujvm.engine.storage;

import java.util.HashMap;
import java.util.Map;

/**
 * The rels of one node-table pair and direction appended since its CSR was last built, by
 * node: what lets a single insert be seen without rebuilding the CSR. Rel ids of a node come
 * in increasing order, so a reader that sees only the first {@code visibleRels} rels stops at
 * the first id beyond them. The writer appends while readers read: every access locks.
 */
final class RelDelta {

    /** A node's rels: (rel id, neighbour) pairs, interleaved. */
    private static final class NodeRels {
        int[] entries = new int[4];
        int size;
    }

    private final Map<Integer, NodeRels> byNode = new HashMap<>();
    private int size;

    synchronized int size() {
        return size;
    }

    synchronized void add(int node, int relId, int neighbour) {
        NodeRels rels = byNode.computeIfAbsent(node, n -> new NodeRels());
        if (rels.size + 2 > rels.entries.length) {
            rels.entries = java.util.Arrays.copyOf(rels.entries, rels.entries.length * 2);
        }
        rels.entries[rels.size++] = relId;
        rels.entries[rels.size++] = neighbour;
        size++;
    }

    /** Forgets the rels from {@code relCount} on (rollback). */
    synchronized void truncate(int relCount) {
        byNode.values().removeIf(rels -> {
            while (rels.size > 0 && rels.entries[rels.size - 2] >= relCount) {
                rels.size -= 2;
                size--;
            }
            return rels.size == 0;
        });
    }

    synchronized void forEach(long node, int visibleRels, CsrIndex.RelVisitor visitor) {
        NodeRels rels = byNode.get((int) node);
        if (rels == null) {
            return;
        }
        for (int i = 0; i < rels.size && rels.entries[i] < visibleRels; i += 2) {
            visitor.visit(rels.entries[i], rels.entries[i + 1]);
        }
    }

    /** Like {@link CsrIndex#copyRels}, over the node's visible delta rels. */
    synchronized int copyRels(long node, int skip, int visibleRels, long[] relIds, long[] neighbours, int at, int max) {
        NodeRels rels = byNode.get((int) node);
        if (rels == null) {
            return 0;
        }
        int copied = 0;
        for (int i = skip * 2; i < rels.size && rels.entries[i] < visibleRels && copied < max; i += 2) {
            relIds[at + copied] = rels.entries[i];
            neighbours[at + copied] = rels.entries[i + 1];
            copied++;
        }
        return copied;
    }
}
