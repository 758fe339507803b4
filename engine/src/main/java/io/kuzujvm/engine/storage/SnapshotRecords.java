package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.storage.disk.LogFile;
import io.kuzujvm.engine.storage.disk.LogRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns table contents into {@link LogRecord}s: a transaction's appended rows, or a whole snapshot. */
final class SnapshotRecords {

    /** Rows (rels) per record. */
    private static final int BATCH = 4096;

    private SnapshotRecords() {
    }

    static void nodeRows(NodeTableStorage storage, long from, long to, List<LogRecord> out) {
        int columns = storage.entry().properties().size();
        for (long start = from; start < to; start += BATCH) {
            long end = Math.min(to, start + BATCH);
            List<Object[]> rows = new ArrayList<>((int) (end - start));
            for (long offset = start; offset < end; offset++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = storage.value(offset, c);
                }
                rows.add(row);
            }
            out.add(new LogRecord.NodeRows(storage.entry().name(), rows));
        }
    }

    static void relRows(RelTableStorage storage, int from, int to, List<LogRecord> out) {
        int columns = storage.entry().properties().size();
        for (int start = from; start < to; start += BATCH) {
            int end = Math.min(to, start + BATCH);
            List<LogRecord.Rel> rels = new ArrayList<>(end - start);
            for (int id = start; id < end; id++) {
                Object[] properties = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    properties[c] = storage.propertyValue(id, c);
                }
                rels.add(new LogRecord.Rel(storage.pair(id), storage.source(id), storage.destination(id),
                        properties));
            }
            out.add(new LogRecord.RelRows(storage.entry().name(), rels));
        }
    }

    /**
     * Writes a whole snapshot as a compacted log: the catalog's next id, then the tables
     * in catalog order (a rel table after its node tables), each followed by its rows; a commit after every record keeps
     * replay's buffering small.
     */
    static void write(Snapshot snapshot, LogFile.Writer file) throws IOException {
        List<TableEntry> tables = snapshot.catalog.tables();
        file.write(List.of(new LogRecord.NextTableId(snapshot.catalog.nextTableId()), new LogRecord.Commit()), false);
        for (io.kuzujvm.engine.catalog.SequenceEntry sequence : snapshot.catalog.sequences()) {
            file.write(List.of(new LogRecord.CreateSequence(sequence), new LogRecord.Commit()), false);
        }
        for (TableEntry table : tables) {
            if (table instanceof NodeTableEntry node) {
                Snapshot.NodeTableVersion version = snapshot.nodeTables.get(node.name().toLowerCase(Locale.ROOT));
                file.write(List.of(new LogRecord.CreateNodeTable(node.tableId(), node.name(), node.properties(),
                        node.primaryKeyIndex()), new LogRecord.Commit()), false);
                for (long start = 0; start < version.numRows(); start += BATCH) {
                    List<LogRecord> batch = new ArrayList<>(2);
                    nodeRows(version.storage(), start, Math.min(version.numRows(), start + BATCH), batch);
                    batch.add(new LogRecord.Commit());
                    file.write(batch, false);
                }
            } else if (table instanceof RelTableEntry rel) {
                Snapshot.RelTableVersion version = snapshot.relTables.get(rel.name().toLowerCase(Locale.ROOT));
                file.write(List.of(new LogRecord.CreateRelTable(rel.tableId(), rel.name(), rel.connections().stream()
                        .map(c -> new LogRecord.Connection(c.from().name(), c.to().name())).toList(),
                        rel.properties(), rel.multiplicity()), new LogRecord.Commit()), false);
                for (int start = 0; start < version.numRels(); start += BATCH) {
                    List<LogRecord> batch = new ArrayList<>(2);
                    relRows(version.storage(), start, Math.min(version.numRels(), start + BATCH), batch);
                    batch.add(new LogRecord.Commit());
                    file.write(batch, false);
                }
            }
        }
    }
}
