package io.kuzujvm.engine.processor.path;

import java.util.function.Consumer;

/** Finds the paths a recursive pattern matches from one source node. */
public interface PathSearch {

    /** Reports each path; a reported path is valid only during the call (the search reuses its arrays). */
    void forEachPath(long source, Consumer<Path> sink);

    /** The search for a semantic, over paths of {@code minHops..maxHops} rels. */
    static PathSearch of(PathSemantic semantic, PathSteps steps, int minHops, int maxHops) {
        return semantic.isShortest()
                ? new ShortestPathSearch(steps, minHops, maxHops, semantic == PathSemantic.ALL_SHORTEST)
                : new WalkSearch(steps, minHops, maxHops, semantic);
    }

    /** The search for the cheapest paths (one per end, or with {@code all} every one) by rel weights. */
    static PathSearch weighted(PathSteps steps, RelWeights weights, int minHops, int maxHops, boolean all) {
        return new WeightedShortestPathSearch(steps, weights, minHops, maxHops, all);
    }
}
