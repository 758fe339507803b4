package io.kuzujvm.engine.catalog;

import java.util.List;

/**
 * A relationship table: the node-table pairs it connects (several pairs make a rel
 * group), its properties and its multiplicity in each direction.
 */
public record RelTableEntry(long tableId, String name, List<Connection> connections, List<Property> properties,
                            Multiplicity multiplicity) implements TableEntry {

    /** One FROM ... TO ... pair, by node table entry. */
    public record Connection(NodeTableEntry from, NodeTableEntry to) {
    }

    /** MANY_MANY, MANY_ONE, ONE_MANY, ONE_ONE: whether a source (destination) node may have several rels. */
    public enum Multiplicity {
        MANY_MANY(true, true), MANY_ONE(false, true), ONE_MANY(true, false), ONE_ONE(false, false);

        private final boolean manyForward;
        private final boolean manyBackward;

        Multiplicity(boolean manyForward, boolean manyBackward) {
            this.manyForward = manyForward;
            this.manyBackward = manyBackward;
        }

        /** Whether one source node may have several outgoing rels. */
        public boolean manyForward() {
            return manyForward;
        }

        /** Whether one destination node may have several incoming rels. */
        public boolean manyBackward() {
            return manyBackward;
        }
    }

    public RelTableEntry {
        connections = List.copyOf(connections);
        properties = List.copyOf(properties);
    }

    @Override
    public String kindName() {
        return "REL";
    }
}
