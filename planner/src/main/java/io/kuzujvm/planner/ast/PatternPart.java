package io.kuzujvm.planner.ast;

import io.kuzujvm.engine.processor.path.PathSemantic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path pattern: a start node and a chain of (relationship, node) steps. */
public record PatternPart(Optional<String> pathVariable, NodePattern start, List<Step> chain) {

    public record NodePattern(Optional<String> variable, List<String> labels, Map<String, Expression> properties) {
    }

    /** A relationship; {@code recursive} is present for a variable-length one ({@code *...}). */
    public record RelPattern(Optional<String> variable, List<String> types, Direction direction,
                             Optional<Recursive> recursive, Map<String, Expression> properties) {
    }

    /**
     * What follows {@code *}: the paths to match (WSHORTEST is SHORTEST or ALL_SHORTEST with a
     * weight property), the bounds as written, and the filter and projection of the
     * intermediate rels and nodes, {@code (r, n | WHERE ... | {r.x}, {n.y})}.
     */
    public record Recursive(PathSemantic semantic, Optional<String> weightProperty, Optional<String> lowerBound,
                            Optional<String> upperBound, Optional<Comprehension> comprehension) {
    }

    /** {@code (r, n | WHERE ... | {r.x}, {n.y})}; the projections are present only when written. */
    public record Comprehension(String relVariable, String nodeVariable, Optional<Expression> where,
                                Optional<List<Expression>> relProjection, Optional<List<Expression>> nodeProjection) {
    }

    public record Step(RelPattern rel, NodePattern node) {
    }

    public enum Direction { LEFT, RIGHT, BOTH }
}
