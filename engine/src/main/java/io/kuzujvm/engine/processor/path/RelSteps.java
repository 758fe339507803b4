package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.storage.RelTable;

import java.util.List;

/** The single steps a recursive pattern takes: the rels of one connection of a rel table, in given directions. */
public record RelSteps(RelTable relTable, int pair, List<RelTable.Direction> directions) {

    public RelSteps {
        directions = List.copyOf(directions);
    }

    /** Receives one step: the rel, the node it leads to, and whether it was followed in its own direction. */
    @FunctionalInterface
    public interface StepVisitor {
        void visit(long rel, long neighbour, boolean forward);
    }

    public void forEach(long node, StepVisitor visitor) {
        for (RelTable.Direction direction : directions) {
            boolean forward = direction == RelTable.Direction.FORWARD;
            relTable.forEachRel(pair, direction, node, (rel, neighbour) -> visitor.visit(rel, neighbour, forward));
        }
    }
}
