package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.disk.LogRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one write transaction of a database at a time, started from the latest committed
 * {@link Snapshot}. Its rows are appended to the shared storage but stay invisible to
 * readers, who are bounded by their snapshots; DDL works on a copy of the catalog.
 * {@link #commit()} logs the changes (forced to disk for an on-disk database) and then
 * publishes the new snapshot with one volatile write; {@link #rollback()} cuts the
 * appended rows off again. Either way the database's write lock is released.
 */
public final class WriteTransaction implements AutoCloseable {

    private final Database database;
    private final Snapshot base;
    private final boolean logged;
    /** The pin of this transaction to the thread that runs its current statement, if any. */
    private Database.Pin pin;
    private Catalog catalog;
    private final Map<String, NodeTableStorage> nodeTables;
    private final Map<String, RelTableStorage> relTables;
    private final List<LogRecord> ddl = new ArrayList<>();
    /** Where in {@link #ddl} the record of each sequence's latest state is (one per sequence and transaction). */
    final Map<String, Integer> sequenceStateRecords = new HashMap<>();
    private boolean finished;

    WriteTransaction(Database database, Snapshot base, boolean logged) {
        this.database = database;
        this.base = base;
        this.logged = logged;
        this.catalog = base.catalog;
        this.nodeTables = new LinkedHashMap<>();
        base.nodeTables.forEach((name, version) -> nodeTables.put(name, version.storage()));
        this.relTables = new LinkedHashMap<>();
        base.relTables.forEach((name, version) -> relTables.put(name, version.storage()));
        this.pin = database.pinTransaction(this);
    }

    /** Stops this thread seeing the transaction (between the statements of an explicit transaction). */
    public void unpinFromThread() {
        if (pin != null) {
            Database.Pin current = pin;
            pin = null;
            current.close();
        }
    }

    /**
     * Makes this thread see the transaction (catalog and tables with its changes) until the
     * returned pin is closed: one statement of an explicit transaction.
     */
    public Database.Pin pinToThread() {
        checkOpen();
        return database.pinTransaction(this);
    }

    /** Whether the transaction has committed or rolled back. */
    public boolean isFinished() {
        return finished;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The catalog as this transaction sees it (its own DDL included). */
    public Catalog catalog() {
        return catalog;
    }

    Catalog mutableCatalog() {
        checkOpen();
        if (catalog == base.catalog) {
            catalog = base.catalog.copy();
        }
        return catalog;
    }

    public NodeTable nodeTable(String name) {
        NodeTableStorage storage = nodeTables.get(key(name));
        if (storage == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return new NodeTable(storage, -1);
    }

    public RelTable relTable(String name) {
        RelTableStorage storage = relTables.get(key(name));
        if (storage == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return new RelTable(storage, null);
    }

    public NodeTable createNodeTable(String name, List<Property> properties, int primaryKeyIndex) {
        NodeTableEntry entry = mutableCatalog().createNodeTable(name, properties, primaryKeyIndex);
        return addNodeTable(entry);
    }

    private NodeTable addNodeTable(NodeTableEntry entry) {
        NodeTableStorage storage = new NodeTableStorage(entry);
        nodeTables.put(key(entry.name()), storage);
        ddl.add(new LogRecord.CreateNodeTable(entry.tableId(), entry.name(), entry.properties(),
                entry.primaryKeyIndex()));
        return new NodeTable(storage, -1);
    }

    public RelTable createRelTable(String name, List<RelTableEntry.Connection> connections,
                                   List<Property> properties, RelTableEntry.Multiplicity multiplicity) {
        RelTableEntry entry = mutableCatalog().createRelTable(name, connections, properties, multiplicity);
        return addRelTable(entry);
    }

    private RelTable addRelTable(RelTableEntry entry) {
        RelTableStorage storage = new RelTableStorage(entry);
        relTables.put(key(entry.name()), storage);
        ddl.add(new LogRecord.CreateRelTable(entry.tableId(), entry.name(), entry.connections().stream()
                .map(c -> new LogRecord.Connection(c.from().name(), c.to().name())).toList(),
                entry.properties(), entry.multiplicity()));
        return new RelTable(storage, null);
    }

    public void dropTable(String name) {
        mutableCatalog().drop(name);
        nodeTables.remove(key(name));
        relTables.remove(key(name));
        ddl.add(new LogRecord.DropTable(name));
    }

    Map<String, NodeTableStorage> nodeStorages() {
        return nodeTables;
    }

    Map<String, RelTableStorage> relStorages() {
        return relTables;
    }

    /** The schema records of this transaction so far, logged first at commit (schema changes add theirs). */
    List<LogRecord> ddlRecords() {
        checkOpen();
        return ddl;
    }

    /** Applies one logged change (replay of the log or of a checkpoint). */
    void apply(LogRecord record) {
        if (record instanceof LogRecord.CreateNodeTable r) {
            NodeTableEntry entry = new NodeTableEntry(r.tableId(), r.name(), r.properties(), r.primaryKeyIndex());
            mutableCatalog().restore(entry);
            addNodeTable(entry);
        } else if (record instanceof LogRecord.CreateRelTable r) {
            List<RelTableEntry.Connection> connections = new ArrayList<>();
            for (LogRecord.Connection c : r.connections()) {
                connections.add(new RelTableEntry.Connection(nodeEntry(c.from()), nodeEntry(c.to())));
            }
            RelTableEntry entry = new RelTableEntry(r.tableId(), r.name(), connections, r.properties(),
                    r.multiplicity());
            mutableCatalog().restore(entry);
            addRelTable(entry);
        } else if (record instanceof LogRecord.DropTable r) {
            dropTable(r.name());
        } else if (record instanceof LogRecord.NextTableId r) {
            mutableCatalog().advanceNextTableId(r.id());
        } else if (record instanceof LogRecord.NodeRows r) {
            NodeTableStorage storage = nodeTables.get(key(r.table()));
            if (storage == null) {
                throw KuzuException.catalog(r.table() + " does not exist in catalog.");
            }
            storage.appendRows(r.rows());
        } else if (record instanceof LogRecord.RelRows r) {
            RelTableStorage storage = relTables.get(key(r.table()));
            if (storage == null) {
                throw KuzuException.catalog(r.table() + " does not exist in catalog.");
            }
            storage.appendRels(r.rels());
        } else if (!SchemaChanges.apply(this, record)) {
            throw new IllegalArgumentException("Cannot apply " + record);
        }
    }

    private NodeTableEntry nodeEntry(String name) {
        TableEntry entry = catalog.get(name);
        if (!(entry instanceof NodeTableEntry node)) {
            throw KuzuException.binder(name + " is not of type NODE.");
        }
        return node;
    }

    /** Makes the changes durable (on disk) and visible to transactions that start from now on. */
    public synchronized void commit() {
        checkOpen();
        boolean published = false;
        try {
            Map<String, Snapshot.NodeTableVersion> nodeVersions = new HashMap<>();
            Map<String, Snapshot.RelTableVersion> relVersions = new HashMap<>();
            List<LogRecord> records = new ArrayList<>(ddl);
            for (Map.Entry<String, NodeTableStorage> e : nodeTables.entrySet()) {
                NodeTableStorage storage = e.getValue();
                Snapshot.NodeTableVersion old = base.nodeTables.get(e.getKey());
                long from = old != null && old.storage() == storage ? old.numRows() : 0;
                long to = storage.numRows();
                if (logged) {
                    SnapshotRecords.nodeRows(storage, from, to, records);
                }
                nodeVersions.put(e.getKey(), old != null && old.storage() == storage && from == to
                        ? old : new Snapshot.NodeTableVersion(storage, to));
            }
            for (Map.Entry<String, RelTableStorage> e : relTables.entrySet()) {
                RelTableStorage storage = e.getValue();
                Snapshot.RelTableVersion old = base.relTables.get(e.getKey());
                int from = old != null && old.storage() == storage ? old.numRels() : 0;
                int to = storage.numRels();
                if (logged) {
                    SnapshotRecords.relRows(storage, from, to, records);
                }
                relVersions.put(e.getKey(), old != null && old.storage() == storage && from == to
                        ? old : new Snapshot.RelTableVersion(storage, to));
            }
            if (logged && !records.isEmpty()) {
                database.log(records);
            }
            database.publish(new Snapshot(base.version() + 1, catalog, nodeVersions, relVersions));
            published = true;
        } finally {
            if (!published) {
                undo();
            }
            finish();
        }
        database.afterCommit();
    }

    /** Forgets every change of the transaction. */
    public synchronized void rollback() {
        if (finished) {
            return;
        }
        try {
            undo();
        } finally {
            finish();
        }
    }

    private void undo() {
        base.nodeTables.values().forEach(v -> v.storage().rollbackTo(v.numRows()));
        base.relTables.values().forEach(v -> v.storage().rollbackTo(v.numRels()));
    }

    private void finish() {
        finished = true;
        try {
            unpinFromThread();
        } finally {
            database.releaseWritePermit(this);
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("The transaction has ended");
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        rollback();
    }
}
