package io.kuzujvm.engine.processor.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Weighted shortest paths from a source (Dijkstra): per node reached at a cost, the rels that
 * reach it at that least cost (the first one, or with {@code all} every one). Reports, per node
 * other than the source, one cheapest path or all of them, when its rel count is within
 * {@code minHops..maxHops} (the hop bounds filter the cheapest paths; they do not steer the search).
 */
final class WeightedShortestPathSearch implements PathSearch {

    private record Parent(long node, long rel, boolean forward) {
    }

    private record Reached(long node, double cost) {
    }

    private final PathSteps steps;
    private final RelWeights weights;
    private final int minHops;
    private final int maxHops;
    private final boolean all;
    private final Map<Long, Double> costs = new HashMap<>();
    private final Map<Long, List<Parent>> parents = new HashMap<>();

    WeightedShortestPathSearch(PathSteps steps, RelWeights weights, int minHops, int maxHops, boolean all) {
        this.steps = steps;
        this.weights = weights;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.all = all;
    }

    @Override
    public void forEachPath(long source, Consumer<Path> sink) {
        costs.clear();
        parents.clear();
        costs.put(source, 0.0);
        PriorityQueue<Reached> queue = new PriorityQueue<>((a, b) -> Double.compare(a.cost(), b.cost()));
        queue.add(new Reached(source, 0));
        Set<Long> settled = new HashSet<>();
        List<Long> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            Reached next = queue.poll();
            long node = next.node();
            if (!settled.add(node)) {
                continue;
            }
            if (node != source) {
                order.add(node);
                if (!steps.canPassThrough(node)) {
                    continue;
                }
            }
            steps.forEach(node, (rel, neighbour, forward) -> {
                double weight = weights.of(rel);
                if (Double.isNaN(weight) || neighbour == source) {
                    return;
                }
                double cost = next.cost() + weight;
                Double known = costs.get(neighbour);
                if (known == null || cost < known) {
                    costs.put(neighbour, cost);
                    parents.put(neighbour, new ArrayList<>(List.of(new Parent(node, rel, forward))));
                    queue.add(new Reached(neighbour, cost));
                } else if (all && cost == known && !settled.contains(neighbour)) {
                    // A node settled before cannot be reached again: no cycles of rels of weight 0.
                    parents.get(neighbour).add(new Parent(node, rel, forward));
                }
            });
        }
        for (long end : order) {
            report(new ArrayList<>(List.of(end)), new ArrayList<>(), sink);
        }
    }

    /**
     * Reports the cheapest paths that end with the nodes and rels found so far, both held from
     * the end backwards, by following the parents of the first of those nodes.
     */
    private void report(List<Long> nodesBack, List<Parent> relsBack, Consumer<Path> sink) {
        List<Parent> into = parents.get(nodesBack.get(nodesBack.size() - 1));
        if (into == null) {
            emit(nodesBack, relsBack, sink);
            return;
        }
        for (Parent parent : all ? into : into.subList(0, 1)) {
            nodesBack.add(parent.node());
            relsBack.add(parent);
            report(nodesBack, relsBack, sink);
            nodesBack.remove(nodesBack.size() - 1);
            relsBack.remove(relsBack.size() - 1);
        }
    }

    private void emit(List<Long> nodesBack, List<Parent> relsBack, Consumer<Path> sink) {
        int length = relsBack.size();
        if (length < minHops || length > maxHops) {
            return;
        }
        long[] nodes = new long[length + 1];
        long[] rels = new long[length];
        boolean[] forward = new boolean[length];
        for (int i = 0; i <= length; i++) {
            nodes[i] = nodesBack.get(length - i);
        }
        for (int i = 0; i < length; i++) {
            Parent parent = relsBack.get(length - 1 - i);
            rels[i] = parent.rel();
            forward[i] = parent.forward();
        }
        sink.accept(new Path(nodes, rels, forward, length, costs.get(nodes[length])));
    }

    @Override
    public String toString() {
        return (all ? "ALL_WEIGHTED_SHORTEST " : "WEIGHTED_SHORTEST ") + minHops + ".." + maxHops;
    }
}
