package io.kuzujvm.engine.processor.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shortest paths from a source by breadth-first search, one frontier at a time: each node is
 * reached first at its distance, and remembers the rels that reached it there (the first one, or
 * with {@code all} every one from the previous frontier). Reports, per node at a distance in
 * {@code minHops..maxHops}, one shortest path or all of them.
 */
final class ShortestPathSearch implements PathSearch {

    /** A rel that reaches a node at its distance from a node one step closer to the source. */
    private record Parent(long node, long rel, boolean forward) {
    }

    private final PathSteps steps;
    private final int minHops;
    private final int maxHops;
    private final boolean all;

    ShortestPathSearch(PathSteps steps, int minHops, int maxHops, boolean all) {
        this.steps = steps;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.all = all;
        this.slots = steps.packedIds() ? new HashMap<>() : null;
    }

    /**
     * Search state by node slot, kept across sources; a node counts as reached only in the
     * current search. A slot is the node's offset, or with packed ids (which are too sparse to
     * index arrays) a number given to each node the current search meets.
     */
    private final Map<Long, Integer> slots;
    private int search;
    private int[] reachedIn = new int[0];
    private int[] distance = new int[0];
    private Parent[] firstParent = new Parent[0];
    /** With {@code all}: the other rels reaching a node at its distance. */
    private final Map<Long, List<Parent>> moreParents = new HashMap<>();

    @Override
    public void forEachPath(long source, Consumer<Path> sink) {
        search++;
        moreParents.clear();
        if (slots != null) {
            slots.clear();
        }
        reach(source, 0, null);
        long[] frontier = {source};
        int frontierSize = 1;
        for (int depth = 1; depth <= maxHops && frontierSize > 0; depth++) {
            Frontier next = new Frontier();
            int reachedAt = depth;
            for (int i = 0; i < frontierSize; i++) {
                long node = frontier[i];
                if (depth > 1 && !steps.canPassThrough(node)) {
                    continue;
                }
                steps.forEach(node, (rel, neighbour, forward) -> {
                    if (!isReached(neighbour)) {
                        reach(neighbour, reachedAt, new Parent(node, rel, forward));
                        next.add(neighbour);
                    } else if (all && distance[slot(neighbour)] == reachedAt) {
                        moreParents.computeIfAbsent(neighbour, n -> new ArrayList<>()).add(new Parent(node, rel, forward));
                    }
                });
            }
            if (depth >= minHops) {
                for (int i = 0; i < next.size; i++) {
                    report(next.nodes[i], depth, sink);
                }
            }
            frontier = next.nodes;
            frontierSize = next.size;
        }
    }

    /** The nodes first reached at one distance. */
    private static final class Frontier {
        long[] nodes = new long[16];
        int size;

        void add(long node) {
            if (size == nodes.length) {
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
            }
            nodes[size++] = node;
        }
    }

    private int slot(long node) {
        return slots == null ? (int) node : slots.computeIfAbsent(node, n -> slots.size());
    }

    private boolean isReached(long node) {
        int slot = slot(node);
        return slot < reachedIn.length && reachedIn[slot] == search;
    }

    private void reach(long node, int depth, Parent parent) {
        int slot = slot(node);
        if (slot >= reachedIn.length) {
            int capacity = (int) Math.max(slot + 1L, reachedIn.length * 2L);
            reachedIn = java.util.Arrays.copyOf(reachedIn, capacity);
            distance = java.util.Arrays.copyOf(distance, capacity);
            firstParent = java.util.Arrays.copyOf(firstParent, capacity);
        }
        reachedIn[slot] = search;
        distance[slot] = depth;
        firstParent[slot] = parent;
    }

    /** Reports the shortest paths to {@code end}, built backwards through the parents. */
    private void report(long end, int length, Consumer<Path> sink) {
        long[] nodes = new long[length + 1];
        nodes[length] = end;
        backtrack(length, nodes, new long[length], new boolean[length], sink);
    }

    private void backtrack(int step, long[] nodes, long[] rels, boolean[] forward, Consumer<Path> sink) {
        if (step == 0) {
            sink.accept(new Path(nodes, rels, forward, nodes.length - 1));
            return;
        }
        long node = nodes[step];
        List<Parent> parents = new ArrayList<>();
        parents.add(firstParent[slot(node)]);
        parents.addAll(moreParents.getOrDefault(node, List.of()));
        for (Parent parent : parents) {
            nodes[step - 1] = parent.node();
            rels[step - 1] = parent.rel();
            forward[step - 1] = parent.forward();
            backtrack(step - 1, nodes, rels, forward, sink);
        }
    }

    @Override
    public String toString() {
        return (all ? "ALL_SHORTEST " : "SHORTEST ") + minHops + ".." + maxHops;
    }
}
