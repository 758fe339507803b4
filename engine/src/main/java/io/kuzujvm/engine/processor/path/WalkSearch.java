package io.kuzujvm.engine.processor.path;

import java.util.function.Consumer;

/**
 * Depth-first enumeration of the walks of {@code minHops..maxHops} rels from a source; TRAIL
 * skips walks that repeat a rel, ACYCLIC walks that repeat an intermediate node (the source and
 * the end may recur, as Kùzu documents).
 */
final class WalkSearch implements PathSearch {

    private final PathSteps steps;
    private final int minHops;
    private final int maxHops;
    private final PathSemantic semantic;
    private final long[] nodes;
    private final long[] rels;
    private final boolean[] forward;
    private Consumer<Path> sink;

    WalkSearch(PathSteps steps, int minHops, int maxHops, PathSemantic semantic) {
        this.steps = steps;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.semantic = semantic;
        this.nodes = new long[maxHops + 1];
        this.rels = new long[maxHops];
        this.forward = new boolean[maxHops];
    }

    @Override
    public void forEachPath(long source, Consumer<Path> sink) {
        this.sink = sink;
        nodes[0] = source;
        extend(0);
    }

    /** Reports the walk of {@code depth} rels held in the arrays, then every longer one it starts. */
    private void extend(int depth) {
        if (depth >= minHops) {
            sink.accept(new Path(nodes, rels, forward, depth));
        }
        // Going on from the last node makes it an intermediate node.
        if (depth == maxHops || depth > 0 && (!steps.canPassThrough(nodes[depth])
                || semantic == PathSemantic.ACYCLIC && occurs(nodes[depth], nodes, 1, depth))) {
            return;
        }
        steps.forEach(nodes[depth], (rel, neighbour, isForward) -> {
            if (semantic == PathSemantic.TRAIL && occurs(rel, rels, 0, depth)) {
                return;
            }
            rels[depth] = rel;
            forward[depth] = isForward;
            nodes[depth + 1] = neighbour;
            extend(depth + 1);
        });
    }

    private static boolean occurs(long value, long[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return semantic + " " + minHops + ".." + maxHops;
    }
}
