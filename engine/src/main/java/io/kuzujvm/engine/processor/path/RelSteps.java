package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.storage.RelTable;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * The steps of a recursive pattern over one connection of one rel table that joins a node table
 * to itself, in given directions: nodes and rels are offsets in their tables (the fast path).
 */
public record RelSteps(RelTable relTable, int pair, List<RelTable.Direction> directions, LongPredicate relFilter,
                       LongPredicate nodeFilter) implements PathSteps {

    public RelSteps {
        directions = List.copyOf(directions);
    }

    /** Steps without filters. */
    public RelSteps(RelTable relTable, int pair, List<RelTable.Direction> directions) {
        this(relTable, pair, directions, id -> true, id -> true);
    }

    @Override
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

    @Override
    public boolean canPassThrough(long node) {
        return nodeFilter.test(node);
    }

    @Override
    public boolean packedIds() {
        return false;
    }
}
