package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.disk.LogRecord;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one write transaction of a database at a time, started from the latest committed
 * {@link Snapshot}. It changes the shared storage copy-on-write ({@link RowStore}): readers
 * keep the versions of their snapshots; DDL works on a copy of the catalog.
 * {@link #commit()} logs the changes (forced to disk for an on-disk database) and then
 * publishes the new versions in a new snapshot with one volatile write; {@link #rollback()}
 * brings every table back to its committed version. Either way the database's write lock
 * is released.
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
        return new NodeTable(storage, null);
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
        ddl.add(SchemaChanges.nodeDefinition(entry));
        return new NodeTable(storage, null);
    }

    public RelTable createRelTable(String name, List<RelTableEntry.Connection> connections,
                                   List<Property> properties, RelTableEntry.Multiplicity multiplicity) {
        RelTableEntry entry = mutableCatalog().createRelTable(name, connections, properties, multiplicity);
        return addRelTable(entry);
    }

    private RelTable addRelTable(RelTableEntry entry) {
        RelTableStorage storage = new RelTableStorage(entry);
        relTables.put(key(entry.name()), storage);
        ddl.add(SchemaChanges.relDefinition(entry));
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
            nodeStorage(r.table()).appendRows(r.rows());
        } else if (record instanceof LogRecord.DeletedNodeRows r) {
            nodeStorage(r.table()).appendDeleted(r.count());
        } else if (record instanceof LogRecord.RelRows r) {
            relStorage(r.table()).appendRels(r.rels());
        } else if (record instanceof LogRecord.DeletedRels r) {
            RelTableStorage storage = relStorage(r.table());
            r.rels().forEach(rel -> storage.appendDeleted(rel.pair(), rel.source(), rel.destination()));
        } else if (record instanceof LogRecord.UpdateValues r) {
            applyUpdates(r);
        } else if (record instanceof LogRecord.DeleteRows r) {
            for (long id : r.ids()) {
                if (nodeTables.containsKey(key(r.table()))) {
                    nodeStorage(r.table()).delete(id);
                } else {
                    relStorage(r.table()).delete(id);
                }
            }
        } else if (!SchemaChanges.apply(this, record)) {
            throw new IllegalArgumentException("Cannot apply " + record);
        }
    }

    private void applyUpdates(LogRecord.UpdateValues r) {
        boolean node = nodeTables.containsKey(key(r.table()));
        TableEntry table = node ? nodeStorage(r.table()).entry() : relStorage(r.table()).entry();
        ValueVector values = new ValueVector(table.properties().get(r.property()).type(), r.ids().length);
        for (int i = 0; i < r.ids().length; i++) {
            values.setValue(i, r.values()[i]);
            if (node) {
                nodeStorage(r.table()).update(r.property(), r.ids()[i], values, i);
            } else {
                relStorage(r.table()).update(r.property(), r.ids()[i], values, i);
            }
        }
    }

    private NodeTableStorage nodeStorage(String table) {
        NodeTableStorage storage = nodeTables.get(key(table));
        if (storage == null) {
            throw KuzuException.catalog(table + " does not exist in catalog.");
        }
        return storage;
    }

    private RelTableStorage relStorage(String table) {
        RelTableStorage storage = relTables.get(key(table));
        if (storage == null) {
            throw KuzuException.catalog(table + " does not exist in catalog.");
        }
        return storage;
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
            if (logged) {
                List<LogRecord> records = new ArrayList<>(ddl);
                nodeTables.values().forEach(storage -> SnapshotRecords.nodeChanges(storage, records));
                relTables.values().forEach(storage -> SnapshotRecords.relChanges(storage, records));
                if (!records.isEmpty()) {
                    database.log(records);
                }
            }
            Map<String, Snapshot.NodeTableVersion> nodeVersions = new HashMap<>();
            nodeTables.forEach((name, storage) -> nodeVersions.put(name,
                    new Snapshot.NodeTableVersion(storage, storage.publish())));
            Map<String, Snapshot.RelTableVersion> relVersions = new HashMap<>();
            relTables.forEach((name, storage) -> {
                RowStore.Version rows = storage.publish();
                Snapshot.RelTableVersion old = base.relTables.get(name);
                // An unchanged table keeps its version, and with it the adjacency views built already.
                relVersions.put(name, old != null && old.storage() == storage && old.rows() == rows
                        ? old : new Snapshot.RelTableVersion(storage, rows));
            });
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
        base.nodeTables.values().forEach(v -> v.storage().rollback());
        base.relTables.values().forEach(v -> v.storage().rollback());
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
