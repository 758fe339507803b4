package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.SequenceEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.disk.LogRecord;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schema changes inside the current write transaction: ALTER TABLE (a table gets a new
 * definition and a new storage with its rows copied over, so snapshots that readers hold
 * keep the old one), table comments, sequences and macros. Each change adds its log records to the transaction;
 * a replaced table is logged as {@link LogRecord.ReplaceTable} followed by all its rows.
 * Deleted rows keep their slots in the new table, so offsets and rel ids do not change.
 */
public final class SchemaChanges {

    private static final int BATCH = 2048;

    /** The value of a new column for an existing row (by row offset or rel id). */
    @FunctionalInterface
    public interface ColumnFill {
        Object value(long row);
    }

    private SchemaChanges() {
    }

    private static WriteTransaction transaction(Database database) {
        WriteTransaction transaction = database.writeInProgress();
        if (transaction == null) {
            throw new IllegalStateException("Schema changes need a write transaction");
        }
        return transaction;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Gives node table {@code oldName} the definition {@code updated} (same id). Column
     * {@code i} of the new table takes old column {@code sources[i]}, or {@code fills[i]}
     * when that is negative (a null fill gives NULL).
     */
    public static void replaceNodeTable(Database database, String oldName, NodeTableEntry updated, int[] sources,
                                        ColumnFill[] fills) {
        WriteTransaction transaction = transaction(database);
        NodeTableStorage old = transaction.nodeStorages().get(key(oldName));
        if (old == null) {
            throw KuzuException.catalog(oldName + " does not exist in catalog.");
        }
        NodeTableStorage storage = installNodeTable(transaction, oldName, updated);
        RowStore.Version oldRows = old.rows().current();
        long rows = oldRows.numRows();
        int columns = updated.properties().size();
        for (long start = 0; start < rows; start += BATCH) {
            int count = (int) Math.min(BATCH, rows - start);
            ValueVector[] vectors = new ValueVector[columns];
            for (int c = 0; c < columns; c++) {
                vectors[c] = new ValueVector(updated.properties().get(c).type(), count);
                for (int r = 0; r < count; r++) {
                    long row = start + r;
                    Object value = sources[c] >= 0 ? oldRows.value(row, sources[c])
                            : fills[c] == null ? null : fills[c].value(row);
                    vectors[c].setValue(r, value);
                }
            }
            for (int r = 0; r < count; r++) {
                if (oldRows.isDeleted(start + r)) {
                    storage.appendDeleted(1);
                } else {
                    storage.appendRow(vectors, r);
                }
            }
        }
        transaction.ddlRecords().add(new LogRecord.ReplaceTable(oldName, nodeDefinition(updated)));
    }

    /**
     * Gives rel table {@code oldName} the definition {@code updated} (same id): columns as
     * for node tables; a rel of old pair {@code p} moves to pair {@code pairs[p]}, or is
     * dropped when that is negative.
     */
    public static void replaceRelTable(Database database, String oldName, RelTableEntry updated, int[] sources,
                                       ColumnFill[] fills, int[] pairs) {
        WriteTransaction transaction = transaction(database);
        RelTableStorage old = transaction.relStorages().get(key(oldName));
        if (old == null) {
            throw KuzuException.catalog(oldName + " does not exist in catalog.");
        }
        RelTableStorage storage = installRelTable(transaction, oldName, updated);
        RowStore.Version oldRels = old.rows().current();
        int rels = (int) oldRels.numRows();
        int columns = updated.properties().size();
        for (int start = 0; start < rels; start += BATCH) {
            int count = Math.min(BATCH, rels - start);
            ValueVector[] vectors = new ValueVector[columns];
            for (int c = 0; c < columns; c++) {
                vectors[c] = new ValueVector(updated.properties().get(c).type(), count);
                for (int r = 0; r < count; r++) {
                    long id = start + r;
                    Object value = sources[c] >= 0 ? oldRels.value(id, sources[c])
                            : fills[c] == null ? null : fills[c].value(id);
                    vectors[c].setValue(r, value);
                }
            }
            for (int r = 0; r < count; r++) {
                long id = start + r;
                int pair = pairs[old.pair(id)];
                if (pair >= 0 && oldRels.isDeleted(id)) {
                    storage.appendDeleted(pair, old.source(id), old.destination(id));
                } else if (pair >= 0) {
                    storage.append(pair, old.source(id), old.destination(id), vectors, r);
                }
            }
        }
        transaction.ddlRecords().add(new LogRecord.ReplaceTable(oldName, relDefinition(updated)));
    }

    private static NodeTableStorage installNodeTable(WriteTransaction transaction, String oldName,
                                                     NodeTableEntry updated) {
        transaction.mutableCatalog().replace(oldName, updated);
        NodeTableStorage storage = new NodeTableStorage(updated);
        transaction.nodeStorages().remove(key(oldName));
        transaction.nodeStorages().put(key(updated.name()), storage);
        return storage;
    }

    private static RelTableStorage installRelTable(WriteTransaction transaction, String oldName,
                                                   RelTableEntry updated) {
        transaction.mutableCatalog().replace(oldName, updated);
        RelTableStorage storage = new RelTableStorage(updated);
        transaction.relStorages().remove(key(oldName));
        transaction.relStorages().put(key(updated.name()), storage);
        return storage;
    }

    static LogRecord.CreateNodeTable nodeDefinition(NodeTableEntry entry) {
        return new LogRecord.CreateNodeTable(entry.tableId(), entry.name(), entry.properties(),
                entry.primaryKeyIndex());
    }

    static LogRecord.CreateRelTable relDefinition(RelTableEntry entry) {
        return new LogRecord.CreateRelTable(entry.tableId(), entry.name(), entry.connections().stream()
                .map(c -> new LogRecord.Connection(c.from().name(), c.to().name())).toList(),
                entry.properties(), entry.multiplicity());
    }

    // ---- sequences ----

    public static void createSequence(Database database, SequenceEntry sequence) {
        WriteTransaction transaction = transaction(database);
        Catalog catalog = transaction.mutableCatalog();
        if (catalog.findSequence(sequence.name()).isPresent()) {
            throw KuzuException.binder(sequence.name() + " already exists in catalog.");
        }
        catalog.putSequence(sequence);
        transaction.sequenceStateRecords.remove(key(sequence.name()));
        transaction.ddlRecords().add(new LogRecord.CreateSequence(sequence));
    }

    public static void dropSequence(Database database, String name) {
        WriteTransaction transaction = transaction(database);
        transaction.mutableCatalog().sequence(name);
        transaction.mutableCatalog().dropSequence(name);
        transaction.sequenceStateRecords.remove(key(name));
        transaction.ddlRecords().add(new LogRecord.DropSequence(name));
    }

    /** nextval: advances the sequence in the current write transaction and returns its new value. */
    public static long nextval(Database database, String name) {
        WriteTransaction transaction = database.writeInProgress();
        if (transaction == null) {
            throw KuzuException.runtime("nextval needs a write transaction.");
        }
        Catalog catalog = transaction.mutableCatalog();
        SequenceEntry next = catalog.findSequence(name)
                .orElseThrow(() -> KuzuException.catalog("Sequence " + name + " does not exist."))
                .next();
        catalog.putSequence(next);
        LogRecord state = new LogRecord.SequenceState(next.name(), next.currentValue(), true);
        List<LogRecord> ddl = transaction.ddlRecords();
        Integer index = transaction.sequenceStateRecords.get(key(name));
        if (index != null && index < ddl.size() && ddl.get(index) instanceof LogRecord.SequenceState) {
            ddl.set(index, state);
        } else {
            transaction.sequenceStateRecords.put(key(name), ddl.size());
            ddl.add(state);
        }
        return next.currentValue();
    }

    /** currval: the sequence's value after the last nextval. */
    public static long currval(Database database, String name) {
        return database.catalog().findSequence(name)
                .orElseThrow(() -> KuzuException.catalog("Sequence " + name + " does not exist."))
                .currval();
    }

    // ---- comments ----

    /** COMMENT ON TABLE: only the catalog entry changes (storage keeps its definition). */
    public static void commentOnTable(Database database, String table, String comment) {
        WriteTransaction transaction = transaction(database);
        setComment(transaction, table, comment);
        transaction.ddlRecords().add(new LogRecord.CommentOnTable(table, comment));
    }

    private static void setComment(WriteTransaction transaction, String table, String comment) {
        Catalog catalog = transaction.mutableCatalog();
        catalog.replace(table, catalog.get(table).withComment(comment));
    }

    // ---- macros ----

    public static void createMacro(Database database, MacroEntry macro) {
        WriteTransaction transaction = transaction(database);
        transaction.mutableCatalog().putMacro(macro);
        transaction.ddlRecords().add(new LogRecord.CreateMacro(macro));
    }

    public static void dropMacro(Database database, String name) {
        WriteTransaction transaction = transaction(database);
        transaction.mutableCatalog().dropMacro(name);
        transaction.ddlRecords().add(new LogRecord.DropMacro(name));
    }

    // ---- replay ----

    /** Applies a record of this class's kinds (replay); false for other kinds. */
    static boolean apply(WriteTransaction transaction, LogRecord record) {
        if (record instanceof LogRecord.ReplaceTable r) {
            // ALTER TABLE keeps the comment, which is logged on its own.
            String comment = transaction.catalog().get(r.oldName()).comment();
            if (r.definition() instanceof LogRecord.CreateNodeTable d) {
                installNodeTable(transaction, r.oldName(),
                        new NodeTableEntry(d.tableId(), d.name(), d.properties(), d.primaryKeyIndex(), comment));
            } else {
                LogRecord.CreateRelTable d = (LogRecord.CreateRelTable) r.definition();
                List<RelTableEntry.Connection> connections = new ArrayList<>();
                for (LogRecord.Connection c : d.connections()) {
                    connections.add(new RelTableEntry.Connection(node(transaction, c.from()),
                            node(transaction, c.to())));
                }
                installRelTable(transaction, r.oldName(),
                        new RelTableEntry(d.tableId(), d.name(), connections, d.properties(), d.multiplicity(),
                                comment));
            }
            return true;
        }
        if (record instanceof LogRecord.CreateSequence r) {
            transaction.mutableCatalog().putSequence(r.sequence());
            return true;
        }
        if (record instanceof LogRecord.DropSequence r) {
            transaction.mutableCatalog().dropSequence(r.name());
            return true;
        }
        if (record instanceof LogRecord.CommentOnTable r) {
            setComment(transaction, r.table(), r.comment());
            return true;
        }
        if (record instanceof LogRecord.CreateMacro r) {
            transaction.mutableCatalog().putMacro(r.macro());
            return true;
        }
        if (record instanceof LogRecord.DropMacro r) {
            transaction.mutableCatalog().dropMacro(r.name());
            return true;
        }
        if (record instanceof LogRecord.SequenceState r) {
            Catalog catalog = transaction.mutableCatalog();
            catalog.putSequence(catalog.sequence(r.name()).withState(r.currentValue(), r.used()));
            return true;
        }
        return false;
    }

    private static NodeTableEntry node(WriteTransaction transaction, String name) {
        TableEntry entry = transaction.catalog().get(name);
        if (!(entry instanceof NodeTableEntry node)) {
            throw KuzuException.binder(name + " is not of type NODE.");
        }
        return node;
    }
}
