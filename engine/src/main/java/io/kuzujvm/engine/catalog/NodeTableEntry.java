package io.kuzujvm.engine.catalog;

import java.util.List;

/** A node table: its properties, the index of the primary key among them, and its comment. */
public record NodeTableEntry(long tableId, String name, List<Property> properties, int primaryKeyIndex,
                             String comment) implements TableEntry {

    public NodeTableEntry {
        properties = List.copyOf(properties);
    }

    /** A node table without a comment. */
    public NodeTableEntry(long tableId, String name, List<Property> properties, int primaryKeyIndex) {
        this(tableId, name, properties, primaryKeyIndex, "");
    }

    @Override
    public NodeTableEntry withComment(String newComment) {
        return new NodeTableEntry(tableId, name, properties, primaryKeyIndex, newComment);
    }

    public Property primaryKey() {
        return properties.get(primaryKeyIndex);
    }

    @Override
    public String kindName() {
        return "NODE";
    }
}
