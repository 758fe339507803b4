package io.kuzujvm.engine.storage;

import java.util.Arrays;

/**
 * Compressed sparse rows over one direction of one node-table pair: for each node offset,
 * the rels leaving it (forward) or arriving at it (backward), split into segments of one
 * node group each so that a segment is rebuilt without touching the others.
 */
final class CsrIndex {

    /** Neighbours of the nodes of one node group: offsets[i]..offsets[i+1] index relIds/neighbours. */
    private record Segment(int[] offsets, long[] relIds, long[] neighbours) {
    }

    private final Segment[] segments;

    private CsrIndex(Segment[] segments) {
        this.segments = segments;
    }

    /**
     * Builds the index from parallel arrays of rels (key node, neighbour node, rel id),
     * with a counting sort per node group: linear in the number of rels.
     */
    static CsrIndex build(long[] keys, long[] neighbours, long[] relIds, int count) {
        long maxKey = -1;
        for (int i = 0; i < count; i++) {
            maxKey = Math.max(maxKey, keys[i]);
        }
        int groups = (int) ((maxKey + NodeGroup.CAPACITY) / NodeGroup.CAPACITY);
        int[][] degrees = new int[groups][];
        for (int g = 0; g < groups; g++) {
            degrees[g] = new int[NodeGroup.CAPACITY + 1];
        }
        for (int i = 0; i < count; i++) {
            degrees[(int) (keys[i] / NodeGroup.CAPACITY)][(int) (keys[i] % NodeGroup.CAPACITY) + 1]++;
        }
        Segment[] segments = new Segment[groups];
        for (int g = 0; g < groups; g++) {
            int[] offsets = degrees[g];
            for (int n = 1; n < offsets.length; n++) {
                offsets[n] += offsets[n - 1];
            }
            int total = offsets[offsets.length - 1];
            segments[g] = new Segment(offsets, new long[total], new long[total]);
        }
        int[][] cursors = new int[groups][];
        for (int g = 0; g < groups; g++) {
            cursors[g] = Arrays.copyOf(segments[g].offsets(), NodeGroup.CAPACITY);
        }
        for (int i = 0; i < count; i++) {
            int g = (int) (keys[i] / NodeGroup.CAPACITY);
            int n = (int) (keys[i] % NodeGroup.CAPACITY);
            int slot = cursors[g][n]++;
            segments[g].relIds()[slot] = relIds[i];
            segments[g].neighbours()[slot] = neighbours[i];
        }
        return new CsrIndex(segments);
    }

    /** Calls the visitor for every rel of the node, in insertion order. */
    void forEach(long node, RelVisitor visitor) {
        int g = (int) (node / NodeGroup.CAPACITY);
        if (node < 0 || g >= segments.length) {
            return;
        }
        Segment segment = segments[g];
        int n = (int) (node % NodeGroup.CAPACITY);
        for (int i = segment.offsets()[n]; i < segment.offsets()[n + 1]; i++) {
            visitor.visit(segment.relIds()[i], segment.neighbours()[i]);
        }
    }

    /** Receives one rel: its id and the node at its other end. */
    @FunctionalInterface
    interface RelVisitor {
        void visit(long relId, long neighbour);
    }
}
