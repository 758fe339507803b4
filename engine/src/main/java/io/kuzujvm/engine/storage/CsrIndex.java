package io.kuzujvm.engine.storage;

/**
 * Compressed sparse rows over one direction of one node-table pair: for each node offset,
 * the rels leaving it (forward) or arriving at it (backward), split into segments of one
 * node group each so that a segment is rebuilt without touching the others.
 */
final class CsrIndex {

    /** Neighbours of the nodes of one node group: offsets[i]..offsets[i+1] index relIds/neighbours. */
    private record Segment(int[] offsets, int[] relIds, int[] neighbours) {
    }

    private final Segment[] segments;

    private CsrIndex(Segment[] segments) {
        this.segments = segments;
    }

    /**
     * Builds the index over rels {@code 0..count-1} (the rel id is the position) from parallel
     * arrays of key node and neighbour node, keeping only the rels whose {@code pairs} entry is
     * {@code pair} (all when {@code pairs} is null), with a counting sort per node group:
     * linear in the number of rels. Within a node the rels keep their id order.
     */
    static CsrIndex build(int[] keys, int[] neighbours, int[] pairs, int pair, int count) {
        int maxKey = -1;
        for (int i = 0; i < count; i++) {
            if (pairs == null || pairs[i] == pair) {
                maxKey = Math.max(maxKey, keys[i]);
            }
        }
        int groups = (int) (((long) maxKey + RowGroup.CAPACITY) / RowGroup.CAPACITY);
        int[][] offsets = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int nodes = g == groups - 1 ? maxKey - g * RowGroup.CAPACITY + 1 : RowGroup.CAPACITY;
            offsets[g] = new int[nodes + 1];
        }
        for (int i = 0; i < count; i++) {
            if (pairs == null || pairs[i] == pair) {
                int key = keys[i];
                offsets[key >>> SHIFT][(key & MASK) + 1]++;
            }
        }
        int[][] relIds = new int[groups][];
        int[][] nbrs = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] o = offsets[g];
            for (int n = 1; n < o.length; n++) {
                o[n] += o[n - 1];
            }
            int total = o[o.length - 1];
            relIds[g] = new int[total];
            nbrs[g] = new int[total];
        }
        // offsets[g][n] serves as the cursor of node n - 1's successor: fill through o[n]
        // (start of n) and shift back afterwards, so no cursor arrays are needed.
        for (int i = 0; i < count; i++) {
            if (pairs == null || pairs[i] == pair) {
                int key = keys[i];
                int g = key >>> SHIFT;
                int slot = offsets[g][key & MASK]++;
                relIds[g][slot] = i;
                nbrs[g][slot] = neighbours[i];
            }
        }
        Segment[] segments = new Segment[groups];
        for (int g = 0; g < groups; g++) {
            int[] o = offsets[g];
            System.arraycopy(o, 0, o, 1, o.length - 1);
            o[0] = 0;
            segments[g] = new Segment(o, relIds[g], nbrs[g]);
        }
        return new CsrIndex(segments);
    }

    private static final int SHIFT = Integer.numberOfTrailingZeros(RowGroup.CAPACITY);
    private static final int MASK = RowGroup.CAPACITY - 1;

    /** Calls the visitor for every rel of the node, in insertion order. */
    void forEach(long node, RelVisitor visitor) {
        if (node < 0 || node >= (long) segments.length * RowGroup.CAPACITY) {
            return;
        }
        Segment segment = segments[(int) (node >>> SHIFT)];
        int n = (int) (node & MASK);
        int[] offsets = segment.offsets();
        if (n + 1 >= offsets.length) {
            return;
        }
        int[] ids = segment.relIds();
        int[] nbrs = segment.neighbours();
        for (int i = offsets[n], end = offsets[n + 1]; i < end; i++) {
            visitor.visit(ids[i], nbrs[i]);
        }
    }

    /** The number of rels of a node. */
    int degree(long node) {
        if (node < 0 || node >= (long) segments.length * RowGroup.CAPACITY) {
            return 0;
        }
        int[] offsets = segments[(int) (node >>> SHIFT)].offsets();
        int n = (int) (node & MASK);
        return n + 1 >= offsets.length ? 0 : offsets[n + 1] - offsets[n];
    }

    /**
     * Copies the rels of a node from its {@code skip}-th on into the arrays (from index
     * {@code at}), at most {@code max}; returns how many were copied.
     */
    int copyRels(long node, int skip, long[] relIdsOut, long[] neighboursOut, int at, int max) {
        if (node < 0 || node >= (long) segments.length * RowGroup.CAPACITY) {
            return 0;
        }
        Segment segment = segments[(int) (node >>> SHIFT)];
        int[] offsets = segment.offsets();
        int n = (int) (node & MASK);
        if (n + 1 >= offsets.length) {
            return 0;
        }
        int from = offsets[n] + skip;
        int copied = Math.max(0, Math.min(max, offsets[n + 1] - from));
        int[] ids = segment.relIds();
        int[] nbrs = segment.neighbours();
        for (int i = 0; i < copied; i++) {
            relIdsOut[at + i] = ids[from + i];
            neighboursOut[at + i] = nbrs[from + i];
        }
        return copied;
    }

    /** Receives one rel: its id and the node at its other end. */
    @FunctionalInterface
    interface RelVisitor {
        void visit(long relId, long neighbour);
    }
}
