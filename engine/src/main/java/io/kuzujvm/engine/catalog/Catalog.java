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

    /** A separate catalog with the same tables (a write transaction's working copy). */
    public synchronized Catalog copy() {
        Catalog copy = new Catalog();
        copy.tables.putAll(tables);
        copy.nextTableId = nextTableId;
        return copy;
    }

    /** Adds a table with its id as recorded (replay of the log); later ids come after it. */
    public synchronized void restore(TableEntry entry) {
        if (contains(entry.name())) {
            throw KuzuException.binder(entry.name() + " already exists in catalog.");
        }
        tables.put(key(entry.name()), entry);
        nextTableId = Math.max(nextTableId, entry.tableId() + 1);
    }

    /** The id the next table will get. */
    public synchronized long nextTableId() {
        return nextTableId;
    }

    /** Makes the next table id at least {@code id} (replay of a checkpoint). */
    public synchronized void advanceNextTableId(long id) {
        nextTableId = Math.max(nextTableId, id);
    }

    public synchronized List<TableEntry> tables() {
        return new ArrayList<>(tables.values());
    }
}
