package io.kuzujvm.engine.catalog;

import java.util.List;

/**
 * A relationship table: the node-table pairs it connects (several pairs make a rel
 * group), its properties, its multiplicity in each direction and its comment.
 */
public record RelTableEntry(long tableId, String name, List<Connection> connections, List<Property> properties,
                            Multiplicity multiplicity, String comment) implements TableEntry {

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

    /** A rel table without a comment. */
    public RelTableEntry(long tableId, String name, List<Connection> connections, List<Property> properties,
                         Multiplicity multiplicity) {
        this(tableId, name, connections, properties, multiplicity, "");
    }

    @Override
    public RelTableEntry withComment(String newComment) {
        return new RelTableEntry(tableId, name, connections, properties, multiplicity, newComment);
    }

    @Override
    public String kindName() {
        return "REL";
    }
}
