package io.kuzujvm.engine.catalog;

import java.util.List;

/** A node table: its properties and the index of the primary key among them. */
public record NodeTableEntry(long tableId, String name, List<Property> properties, int primaryKeyIndex)
        implements TableEntry {

    public NodeTableEntry {
        properties = List.copyOf(properties);
    }

    public Property primaryKey() {
        return properties.get(primaryKeyIndex);
    }

    @Override
    public String kindName() {
        return "NODE";
    }
}
