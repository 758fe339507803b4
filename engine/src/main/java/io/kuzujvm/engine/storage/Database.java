package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One database: its catalog and the storage of its tables. Shared by every
 * connection to it. Writers take {@link #writeLock()} so that one writes at a time.
 */
public final class Database {

    private final Catalog catalog = new Catalog();
    private final Map<String, NodeTable> nodeTables = new ConcurrentHashMap<>();
    private final Map<String, RelTable> relTables = new ConcurrentHashMap<>();
    private final ReentrantLock writeLock = new ReentrantLock();

    public Catalog catalog() {
        return catalog;
    }

    public ReentrantLock writeLock() {
        return writeLock;
    }

    public NodeTable createNodeTable(String name, List<Property> properties, int primaryKeyIndex) {
        NodeTableEntry entry = catalog.createNodeTable(name, properties, primaryKeyIndex);
        NodeTable table = new NodeTable(entry);
        nodeTables.put(name.toLowerCase(Locale.ROOT), table);
        return table;
    }

    public RelTable createRelTable(String name, List<RelTableEntry.Connection> connections,
                                   List<Property> properties, RelTableEntry.Multiplicity multiplicity) {
        RelTableEntry entry = catalog.createRelTable(name, connections, properties, multiplicity);
        RelTable table = new RelTable(entry);
        relTables.put(name.toLowerCase(Locale.ROOT), table);
        return table;
    }

    public RelTable relTable(String name) {
        RelTable table = relTables.get(name.toLowerCase(Locale.ROOT));
        if (table == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return table;
    }

    /** Drops a table and its data (the catalog refuses node tables that rel tables use). */
    public void dropTable(String name) {
        catalog.drop(name);
        nodeTables.remove(name.toLowerCase(Locale.ROOT));
        relTables.remove(name.toLowerCase(Locale.ROOT));
    }

    public NodeTable nodeTable(String name) {
        NodeTable table = nodeTables.get(name.toLowerCase(Locale.ROOT));
        if (table == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return table;
    }
}
