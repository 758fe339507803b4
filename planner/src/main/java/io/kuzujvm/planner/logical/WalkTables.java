package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.processor.path.PropertyUnion;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.planner.ast.PatternPart;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables the walks of a recursive rel go through: its hops (the connections of its rel
 * tables, each in every direction the pattern allows), and the tables of its start and end
 * nodes. As in Kùzu, a walk may take any hop that leaves the table of the node it is at.
 */
public record WalkTables(List<Hop> hops, NodeTableEntry start, NodeTableEntry end) {

    /** One connection of a rel table followed in one direction. */
    public record Hop(RelTableEntry relTable, int pair, RelTable.Direction direction) {

        public NodeTableEntry from() {
            RelTableEntry.Connection connection = relTable.connections().get(pair);
            return direction == RelTable.Direction.FORWARD ? connection.from() : connection.to();
        }

        public NodeTableEntry to() {
            RelTableEntry.Connection connection = relTable.connections().get(pair);
            return direction == RelTable.Direction.FORWARD ? connection.to() : connection.from();
        }

        @Override
        public String toString() {
            return relTable.name() + ":" + from().name() + (direction == RelTable.Direction.FORWARD ? "->" : "<-")
                    + to().name();
        }
    }

    public WalkTables {
        hops = List.copyOf(hops);
    }

    /** The hops of rel tables in a pattern's direction. */
    public static List<Hop> hops(List<RelTableEntry> relTables, PatternPart.Direction direction) {
        List<Hop> hops = new ArrayList<>();
        for (RelTableEntry relTable : relTables) {
            for (int pair = 0; pair < relTable.connections().size(); pair++) {
                if (direction != PatternPart.Direction.LEFT) {
                    hops.add(new Hop(relTable, pair, RelTable.Direction.FORWARD));
                }
                if (direction != PatternPart.Direction.RIGHT) {
                    hops.add(new Hop(relTable, pair, RelTable.Direction.BACKWARD));
                }
            }
        }
        return hops;
    }

    /**
     * Whether walks may use several connections or leave the one node table of their ends: then
     * the searches name nodes and rels by ids packed with their table, else by offsets.
     */
    public boolean crossesTables() {
        long connections = hops.stream().map(hop -> List.of(hop.relTable().tableId(), (long) hop.pair()))
                .distinct().count();
        return connections != 1 || !start.equals(end) || hops.stream()
                .anyMatch(hop -> !hop.from().equals(start) || !hop.to().equals(start));
    }

    /** The tables of the nodes walks pass through: those hops lead to. */
    public List<NodeTableEntry> nodeTables() {
        return hops.stream().map(Hop::to).distinct().toList();
    }

    public List<RelTableEntry> relTables() {
        return hops.stream().map(Hop::relTable).distinct().toList();
    }

    public PropertyUnion nodeProperties() {
        return PropertyUnion.of(nodeTables());
    }

    public PropertyUnion relProperties() {
        return PropertyUnion.of(relTables());
    }
}
