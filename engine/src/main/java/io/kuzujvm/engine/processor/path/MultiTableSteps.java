package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.InternalId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The steps of a recursive pattern whose walks may cross node or rel tables: from a node, those
 * of every hop (a rel table's connection followed in one direction) that leaves the node's table.
 * Nodes and rels are ids packed with their table.
 */
public final class MultiTableSteps implements PathSteps {

    /** Following one connection of a rel table in one direction, from a node table to another. */
    public record Hop(RelTable relTable, int pair, RelTable.Direction direction, long fromTable, long toTable) {
    }

    private final Map<Long, List<Hop>> hopsByTable = new HashMap<>();
    private final LongPredicate relFilter;
    private final LongPredicate nodeFilter;

    public MultiTableSteps(List<Hop> hops, LongPredicate relFilter, LongPredicate nodeFilter) {
        hops.forEach(hop -> hopsByTable.computeIfAbsent(hop.fromTable(), t -> new ArrayList<>()).add(hop));
        this.relFilter = relFilter;
        this.nodeFilter = nodeFilter;
    }

    @Override
    public void forEach(long node, StepVisitor visitor) {
        InternalId id = InternalId.unpack(node);
        for (Hop hop : hopsByTable.getOrDefault(id.tableId(), List.of())) {
            boolean forward = hop.direction() == RelTable.Direction.FORWARD;
            long relTable = hop.relTable().entry().tableId();
            hop.relTable().forEachRel(hop.pair(), hop.direction(), id.offset(), (rel, neighbour) -> {
                long packedRel = new InternalId(relTable, rel).packed();
                if (relFilter.test(packedRel)) {
                    visitor.visit(packedRel, new InternalId(hop.toTable(), neighbour).packed(), forward);
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
        return true;
    }
}
