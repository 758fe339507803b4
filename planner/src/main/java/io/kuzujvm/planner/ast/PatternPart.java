package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path pattern: a start node and a chain of (relationship, node) steps. */
public record PatternPart(Optional<String> pathVariable, NodePattern start, List<Step> chain) {

    public record NodePattern(Optional<String> variable, List<String> labels, Map<String, Expression> properties) {
    }

    public record RelPattern(Optional<String> variable, List<String> types, Direction direction,
                             Optional<String> range, Map<String, Expression> properties) {
    }

    public record Step(RelPattern rel, NodePattern node) {
    }

    public enum Direction { LEFT, RIGHT, BOTH }
}
