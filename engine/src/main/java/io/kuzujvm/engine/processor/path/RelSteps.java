package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.storage.RelTable;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * The single steps a recursive pattern takes: the rels of one connection of a rel table, in given
 * directions, that pass its rel filter; and which nodes it may pass through (its node filter on
 * intermediate nodes).
 */
public record RelSteps(RelTable relTable, int pair, List<RelTable.Direction> directions, LongPredicate relFilter,
                       LongPredicate nodeFilter) {

    public RelSteps {
        directions = List.copyOf(directions);
    }

    /** Steps without filters. */
    public RelSteps(RelTable relTable, int pair, List<RelTable.Direction> directions) {
        this(relTable, pair, directions, id -> true, id -> true);
    }

    /** Receives one step: the rel, the node it leads to, and whether it was followed in its own direction. */
    @FunctionalInterface
    public interface StepVisitor {
        void visit(long rel, long neighbour, boolean forward);
    }

    public void forEach(long node, StepVisitor visitor) {
        for (RelTable.Direction direction : directions) {
            boolean forward = direction == RelTable.Direction.FORWARD;
            relTable.forEachRel(pair, direction, node, (rel, neighbour) -> {
                if (relFilter.test(rel)) {
                    visitor.visit(rel, neighbour, forward);
                }
            });
        }
    }

    /** Whether a path may go on from a node it reached (which thereby becomes an intermediate node). */
    public boolean canPassThrough(long node) {
        return nodeFilter.test(node);
    }
}
