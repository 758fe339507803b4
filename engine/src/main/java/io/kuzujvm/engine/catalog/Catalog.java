package io.kuzujvm.engine.catalog;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tables of one database, looked up case-insensitively. */
public final class Catalog {

    private final Map<String, TableEntry> tables = new LinkedHashMap<>();
    private long nextTableId;

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public synchronized Optional<TableEntry> find(String name) {
        return Optional.ofNullable(tables.get(key(name)));
    }

    /** The table, or Kùzu's catalog error when there is none. */
    public synchronized TableEntry get(String name) {
        TableEntry entry = tables.get(key(name));
        if (entry == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return entry;
    }

    public synchronized boolean contains(String name) {
        return tables.containsKey(key(name));
    }

    public synchronized NodeTableEntry createNodeTable(String name, List<Property> properties, int primaryKeyIndex) {
        if (contains(name)) {
            throw KuzuException.binder(name + " already exists in catalog.");
        }
        NodeTableEntry entry = new NodeTableEntry(nextTableId++, name, properties, primaryKeyIndex);
        tables.put(key(name), entry);
        return entry;
    }

    public synchronized RelTableEntry createRelTable(String name, List<RelTableEntry.Connection> connections,
                                                     List<Property> properties,
                                                     RelTableEntry.Multiplicity multiplicity) {
        if (contains(name)) {
            throw KuzuException.binder(name + " already exists in catalog.");
        }
        RelTableEntry entry = new RelTableEntry(nextTableId++, name, connections, properties, multiplicity);
        tables.put(key(name), entry);
        return entry;
    }

    /** Removes a table; a node table still used by a rel table cannot go. */
    public synchronized void drop(String name) {
        TableEntry entry = get(name);
        if (entry instanceof NodeTableEntry node) {
            for (TableEntry other : tables.values()) {
                if (other instanceof RelTableEntry rel && rel.connections().stream()
                        .anyMatch(c -> c.from().equals(node) || c.to().equals(node))) {
                    throw KuzuException.binder("Cannot delete node table " + entry.name()
                            + " because it is referenced by relationship table " + rel.name() + ".");
                }
            }
        }
        tables.remove(key(name));
    }

    public synchronized List<TableEntry> tables() {
        return new ArrayList<>(tables.values());
    }
}
