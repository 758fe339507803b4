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

    private final RelSteps steps;
    private final int minHops;
    private final int maxHops;
    private final boolean all;

    ShortestPathSearch(RelSteps steps, int minHops, int maxHops, boolean all) {
        this.steps = steps;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.all = all;
    }

    @Override
    public void forEachPath(long source, Consumer<Path> sink) {
        Map<Long, Integer> distance = new HashMap<>();
        Map<Long, List<Parent>> parents = new HashMap<>();
        distance.put(source, 0);
        List<Long> frontier = List.of(source);
        for (int depth = 1; depth <= maxHops && !frontier.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            int reachedAt = depth;
            for (long node : frontier) {
                if (depth > 1 && !steps.canPassThrough(node)) {
                    continue;
                }
                steps.forEach(node, (rel, neighbour, forward) -> {
                    Integer known = distance.putIfAbsent(neighbour, reachedAt);
                    if (known == null) {
                        next.add(neighbour);
                        parents.put(neighbour, new ArrayList<>(List.of(new Parent(node, rel, forward))));
                    } else if (all && known == reachedAt) {
                        parents.get(neighbour).add(new Parent(node, rel, forward));
                    }
                });
            }
            if (depth >= minHops) {
                for (long end : next) {
                    report(end, depth, parents, sink);
                }
            }
            frontier = next;
        }
    }

    /** Reports the shortest paths to {@code end}, built backwards through the parents. */
    private void report(long end, int length, Map<Long, List<Parent>> parents, Consumer<Path> sink) {
        long[] nodes = new long[length + 1];
        nodes[length] = end;
        backtrack(length, nodes, new long[length], new boolean[length], parents, sink);
    }

    private void backtrack(int step, long[] nodes, long[] rels, boolean[] forward, Map<Long, List<Parent>> parents,
                           Consumer<Path> sink) {
        if (step == 0) {
            sink.accept(new Path(nodes, rels, forward, nodes.length - 1));
            return;
        }
        for (Parent parent : parents.get(nodes[step])) {
            nodes[step - 1] = parent.node();
            rels[step - 1] = parent.rel();
            forward[step - 1] = parent.forward();
            backtrack(step - 1, nodes, rels, forward, parents, sink);
        }
    }

    @Override
    public String toString() {
        return (all ? "ALL_SHORTEST " : "SHORTEST ") + minHops + ".." + maxHops;
    }
}
