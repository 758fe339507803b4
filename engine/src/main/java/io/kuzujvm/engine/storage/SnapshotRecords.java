package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.storage.disk.LogFile;
import io.kuzujvm.engine.storage.disk.LogRecord;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns table contents into {@link LogRecord}s: a write transaction's changes, or a whole
 * snapshot. Deleted rows (rels) inside a range are written as placeholders that keep the
 * offsets (ids) of the rows after them.
 */
final class SnapshotRecords {

    /** Rows (rels, ids) per record. */
    private static final int BATCH = 4096;

    private SnapshotRecords() {
    }

    /**
     * What the write transaction changed in a node table: updates and deletes of committed
     * rows, then its appended rows as they are now. Deletes come before the rows, so that a
     * key deleted and inserted again replays without a duplicate.
     */
    static void nodeChanges(NodeTableStorage storage, List<LogRecord> out) {
        String table = storage.entry().name();
        RowStore rows = storage.rows();
        RowStore.Version current = rows.current();
        updates(table, storage.entry().properties().size(), rows, out);
        forEachBatch(rows.deletedPublishedRows(), ids -> out.add(new LogRecord.DeleteRows(table, ids)));
        nodeRows(storage, current, rows.published().numRows(), current.numRows(), out);
    }

    /** What the write transaction changed in a rel table, in the same order as {@link #nodeChanges}. */
    static void relChanges(RelTableStorage storage, List<LogRecord> out) {
        String table = storage.entry().name();
        RowStore rows = storage.rows();
        RowStore.Version current = rows.current();
        updates(table, storage.entry().properties().size(), rows, out);
        forEachBatch(rows.deletedPublishedRows(), ids -> out.add(new LogRecord.DeleteRows(table, ids)));
        relRows(storage, current, (int) rows.published().numRows(), (int) current.numRows(), out);
    }

    private static void updates(String table, int columns, RowStore rows, List<LogRecord> out) {
        RowStore.Version current = rows.current();
        for (int column = 0; column < columns; column++) {
            int property = column;
            forEachBatch(rows.updatedRows(column), ids -> {
                Object[] values = new Object[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    values[i] = current.value(ids[i], property);
                }
                out.add(new LogRecord.UpdateValues(table, property, ids, values));
            });
        }
    }

    /** Passes the rows of a bitmap to {@code action} in ascending batches. */
    private static void forEachBatch(RoaringBitmap rows, Consumer<long[]> action) {
        IntIterator it = rows.getIntIterator();
        while (it.hasNext()) {
            long[] batch = new long[BATCH];
            int n = 0;
            while (n < batch.length && it.hasNext()) {
                batch[n++] = it.next();
            }
            action.accept(n == BATCH ? batch : Arrays.copyOf(batch, n));
        }
    }

    /** The end of the run of rows from {@code start} (before {@code to}, at most a batch) that are all deleted or all live. */
    private static long runEnd(RowStore.Version rows, long start, long to) {
        boolean deleted = rows.isDeleted(start);
        long end = start + 1;
        while (end < to && end - start < BATCH && rows.isDeleted(end) == deleted) {
            end++;
        }
        return end;
    }

    /** Rows [from, to) of a version: runs of live rows as {@link LogRecord.NodeRows}, of deleted ones as placeholders. */
    static void nodeRows(NodeTableStorage storage, RowStore.Version rows, long from, long to, List<LogRecord> out) {
        String table = storage.entry().name();
        int columns = storage.entry().properties().size();
        for (long start = from; start < to; ) {
            long end = runEnd(rows, start, to);
            if (rows.isDeleted(start)) {
                out.add(new LogRecord.DeletedNodeRows(table, (int) (end - start)));
            } else {
                List<Object[]> values = new ArrayList<>((int) (end - start));
                for (long offset = start; offset < end; offset++) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rows.value(offset, c);
                    }
                    values.add(row);
                }
                out.add(new LogRecord.NodeRows(table, values));
            }
            start = end;
        }
    }

    /** Rels [from, to) of a version: runs of live rels as {@link LogRecord.RelRows}, of deleted ones as placeholders. */
    static void relRows(RelTableStorage storage, RowStore.Version rows, int from, int to, List<LogRecord> out) {
        String table = storage.entry().name();
        int columns = storage.entry().properties().size();
        for (int start = from; start < to; ) {
            int end = (int) runEnd(rows, start, to);
            if (rows.isDeleted(start)) {
                List<LogRecord.RelEnds> rels = new ArrayList<>(end - start);
                for (int id = start; id < end; id++) {
                    rels.add(new LogRecord.RelEnds(storage.pair(id), storage.source(id), storage.destination(id)));
                }
                out.add(new LogRecord.DeletedRels(table, rels));
            } else {
                List<LogRecord.Rel> rels = new ArrayList<>(end - start);
                for (int id = start; id < end; id++) {
                    Object[] properties = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        properties[c] = rows.value(id, c);
                    }
                    rels.add(new LogRecord.Rel(storage.pair(id), storage.source(id), storage.destination(id),
                            properties));
                }
                out.add(new LogRecord.RelRows(table, rels));
            }
            start = end;
        }
    }

    /** A table's definition, then its comment if it has one, as one transaction. */
    private static List<LogRecord> withComment(LogRecord definition, TableEntry table) {
        return table.comment().isEmpty() ? List.of(definition, new LogRecord.Commit())
                : List.of(definition, new LogRecord.CommentOnTable(table.name(), table.comment()),
                        new LogRecord.Commit());
    }

    /**
     * Writes a whole snapshot as a compacted log: the catalog's next id, the sequences and macros,
     * then the tables in catalog order (a rel table after its node tables), each followed by its
     * rows; a commit after every record keeps replay's buffering small.
     */
    static void write(Snapshot snapshot, LogFile.Writer file) throws IOException {
        List<TableEntry> tables = snapshot.catalog.tables();
        file.write(List.of(new LogRecord.NextTableId(snapshot.catalog.nextTableId()), new LogRecord.Commit()), false);
        for (io.kuzujvm.engine.catalog.SequenceEntry sequence : snapshot.catalog.sequences()) {
            file.write(List.of(new LogRecord.CreateSequence(sequence), new LogRecord.Commit()), false);
        }
        for (MacroEntry macro : snapshot.catalog.macros()) {
            file.write(List.of(new LogRecord.CreateMacro(macro), new LogRecord.Commit()), false);
        }
        for (TableEntry table : tables) {
            if (table instanceof NodeTableEntry node) {
                Snapshot.NodeTableVersion version = snapshot.nodeTables.get(node.name().toLowerCase(Locale.ROOT));
                file.write(withComment(SchemaChanges.nodeDefinition(node), node), false);
                for (long start = 0; start < version.numRows(); start += BATCH) {
                    List<LogRecord> batch = new ArrayList<>(2);
                    nodeRows(version.storage(), version.rows(), start, Math.min(version.numRows(), start + BATCH),
                            batch);
                    batch.add(new LogRecord.Commit());
                    file.write(batch, false);
                }
            } else if (table instanceof RelTableEntry rel) {
                Snapshot.RelTableVersion version = snapshot.relTables.get(rel.name().toLowerCase(Locale.ROOT));
                file.write(withComment(SchemaChanges.relDefinition(rel), rel), false);
                for (int start = 0; start < version.numRels(); start += BATCH) {
                    List<LogRecord> batch = new ArrayList<>(2);
                    relRows(version.storage(), version.rows(), start, Math.min(version.numRels(), start + BATCH),
                            batch);
                    batch.add(new LogRecord.Commit());
                    file.write(batch, false);
                }
            }
        }
    }
}
