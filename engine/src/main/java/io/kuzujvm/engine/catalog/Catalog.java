package io.kuzujvm.engine.catalog;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tables, sequences and macros of one database, looked up case-insensitively. */
public final class Catalog {

    private final Map<String, TableEntry> tables = new LinkedHashMap<>();
    private final Map<String, SequenceEntry> sequences = new LinkedHashMap<>();
    private final Map<String, MacroEntry> macros = new LinkedHashMap<>();
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
        RelTableEntry entry = new RelTableEntry(nextTableId, name, connections, properties, multiplicity);
        nextTableId = idAfter(entry);
        tables.put(key(name), entry);
        return entry;
    }

    /** Removes a table; a node table still used by a rel table cannot go. */
    public synchronized void drop(String name) {
        TableEntry entry = get(name);
        if (entry instanceof NodeTableEntry node) {
            for (TableEntry other : tables.values()) {
                if (other instanceof RelTableEntry rel && rel.connections().stream()
                        .anyMatch(c -> c.from().tableId() == node.tableId() || c.to().tableId() == node.tableId())) {
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
        copy.sequences.putAll(sequences);
        copy.macros.putAll(macros);
        copy.nextTableId = nextTableId;
        return copy;
    }

    /** Adds a table with its id as recorded (replay of the log); later ids come after it. */
    public synchronized void restore(TableEntry entry) {
        if (contains(entry.name())) {
            throw KuzuException.binder(entry.name() + " already exists in catalog.");
        }
        tables.put(key(entry.name()), entry);
        nextTableId = Math.max(nextTableId, idAfter(entry));
    }

    /**
     * The first id after a table's: Kùzu numbers a rel table's FROM-TO connections after it,
     * so they take ids too (the rel's {@code _ID} shows e.g. 3, then 5, for two rel tables).
     */
    private static long idAfter(TableEntry entry) {
        return entry.tableId() + 1 + (entry instanceof RelTableEntry rel ? rel.connections().size() : 0);
    }

    /** The id the next table will get. */
    public synchronized long nextTableId() {
        return nextTableId;
    }

    /** Makes the next table id at least {@code id} (replay of a checkpoint). */
    public synchronized void advanceNextTableId(long id) {
        nextTableId = Math.max(nextTableId, id);
    }

    /**
     * Replaces a table's definition (ALTER TABLE), possibly under a new name; rel tables
     * that connect a replaced node table are updated to the new entry.
     */
    public synchronized void replace(String oldName, TableEntry updated) {
        TableEntry old = get(oldName);
        if (!key(oldName).equals(key(updated.name())) && contains(updated.name())) {
            throw KuzuException.binder("Table " + updated.name() + " already exists.");
        }
        Map<String, TableEntry> rebuilt = new LinkedHashMap<>();
        for (Map.Entry<String, TableEntry> e : tables.entrySet()) {
            TableEntry entry = e.getValue();
            if (entry == old) {
                rebuilt.put(key(updated.name()), updated);
                continue;
            }
            if (updated instanceof NodeTableEntry node && entry instanceof RelTableEntry rel) {
                entry = RelTables.withNodeTable(rel, node);
            }
            rebuilt.put(e.getKey(), entry);
        }
        tables.clear();
        tables.putAll(rebuilt);
    }

    public synchronized Optional<SequenceEntry> findSequence(String name) {
        return Optional.ofNullable(sequences.get(key(name)));
    }

    /** The sequence, or Kùzu's catalog error when there is none. */
    public synchronized SequenceEntry sequence(String name) {
        SequenceEntry entry = sequences.get(key(name));
        if (entry == null) {
            throw KuzuException.catalog("Sequence " + name + " does not exist.");
        }
        return entry;
    }

    /** Adds or replaces (new state) a sequence. */
    public synchronized void putSequence(SequenceEntry sequence) {
        sequences.put(key(sequence.name()), sequence);
    }

    public synchronized void dropSequence(String name) {
        sequences.remove(key(name));
    }

    public synchronized List<SequenceEntry> sequences() {
        return new ArrayList<>(sequences.values());
    }

    public synchronized Optional<MacroEntry> findMacro(String name) {
        return Optional.ofNullable(macros.get(key(name)));
    }

    public synchronized void putMacro(MacroEntry macro) {
        macros.put(key(macro.name()), macro);
    }

    public synchronized void dropMacro(String name) {
        macros.remove(key(name));
    }

    public synchronized List<MacroEntry> macros() {
        return new ArrayList<>(macros.values());
    }

    public synchronized List<TableEntry> tables() {
        return new ArrayList<>(tables.values());
    }
}
