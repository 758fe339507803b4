package io.kuzujvm.engine.catalog;

import java.util.ArrayList;
import java.util.List;

/** Helpers that derive changed rel table entries (ALTER TABLE). */
public final class RelTables {

    private RelTables() {
    }

    /** The rel table with every connection to the node table of the same id pointing at {@code node}. */
    public static RelTableEntry withNodeTable(RelTableEntry rel, NodeTableEntry node) {
        boolean changed = false;
        List<RelTableEntry.Connection> connections = new ArrayList<>();
        for (RelTableEntry.Connection c : rel.connections()) {
            NodeTableEntry from = c.from().tableId() == node.tableId() ? node : c.from();
            NodeTableEntry to = c.to().tableId() == node.tableId() ? node : c.to();
            changed |= from != c.from() || to != c.to();
            connections.add(new RelTableEntry.Connection(from, to));
        }
        return changed ? new RelTableEntry(rel.tableId(), rel.name(), connections, rel.properties(),
                rel.multiplicity(), rel.comment()) : rel;
    }
}
