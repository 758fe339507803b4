package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseStorageTest {

    @TempDir
    Path dir;

    private static final List<Property> PERSON = List.of(new Property("id", LogicalType.INT64),
            new Property("name", LogicalType.STRING), new Property("tags", LogicalType.list(LogicalType.STRING)));

    private static void createSchema(Database db) {
        try (WriteTransaction tx = db.beginWrite()) {
            tx.createNodeTable("Person", PERSON, 0);
            db.createRelTable("Knows", List.of(new RelTableEntry.Connection(
                            (io.kuzujvm.engine.catalog.NodeTableEntry) db.catalog().get("Person"),
                            (io.kuzujvm.engine.catalog.NodeTableEntry) db.catalog().get("Person"))),
                    List.of(new Property("since", LogicalType.INT64)), RelTableEntry.Multiplicity.MANY_MANY);
            tx.commit();
        }
    }

    private static void insertPeople(Database db, long from, long to) {
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTable people = db.nodeTable("Person");
            int n = (int) (to - from);
            DataChunk chunk = DataChunk.allocate(List.of(LogicalType.INT64, LogicalType.STRING,
                    LogicalType.list(LogicalType.STRING)), n);
            for (int i = 0; i < n; i++) {
                chunk.vector(0).setLong(i, from + i);
                chunk.vector(1).setObject(i, "p" + (from + i));
                chunk.vector(2).setObject(i, (from + i) % 2 == 0 ? List.of("even") : null);
            }
            chunk.setDense(n);
            people.append(chunk);
            tx.commit();
        }
    }

    private static void knows(Database db, long source, long destination, long since) {
        try (WriteTransaction tx = db.beginWrite()) {
            ValueVector property = new ValueVector(LogicalType.INT64, 1);
            property.setLong(0, since);
            db.relTable("Knows").append(0, source, destination, new ValueVector[] {property}, 0);
            tx.commit();
        }
    }

    private static List<String> names(NodeTable table) {
        List<String> names = new ArrayList<>();
        ValueVector[] target = {new ValueVector(LogicalType.STRING, DataChunk.CAPACITY)};
        long offset = 0;
        int count;
        while ((count = table.scan(offset, DataChunk.CAPACITY, new int[] {1}, target)) > 0) {
            for (int i = 0; i < count; i++) {
                names.add((String) target[0].getValue(i));
            }
            offset += count;
        }
        return names;
    }

    private static List<Long> neighbours(RelTable table, long node) {
        List<Long> result = new ArrayList<>();
        table.forEachRel(0, RelTable.Direction.FORWARD, node, (rel, neighbour) -> result.add(neighbour));
        return result;
    }

    @Test
    void aReaderKeepsItsSnapshotWhileAWriterCommits() {
        Database db = new Database();
        createSchema(db);
        insertPeople(db, 0, 2);
        knows(db, 0, 1, 2020);
        NodeTable before;
        RelTable knowsBefore;
        try (Database.Pin pin = db.pin(db.snapshot())) {
            before = db.nodeTable("Person");
            knowsBefore = db.relTable("Knows");
        }
        insertPeople(db, 2, 5000);
        knows(db, 0, 4000, 2021);
        assertEquals(2, before.numRows());
        assertEquals(List.of("p0", "p1"), names(before));
        assertEquals(List.of(1L), neighbours(knowsBefore, 0));
        assertEquals(null, before.lookupPrimaryKey(3L), "a key committed later is not visible");
        assertEquals(1L, before.lookupPrimaryKey(1L));
        assertEquals(5000, db.nodeTable("Person").numRows());
        assertEquals(List.of(1L, 4000L), neighbours(db.relTable("Knows"), 0));
    }

    @Test
    void uncommittedRowsAreInvisibleAndARollbackForgetsThem() {
        Database db = new Database();
        createSchema(db);
        insertPeople(db, 0, 3);
        WriteTransaction tx = db.beginWrite();
        NodeTable writer = db.nodeTable("Person");
        DataChunk chunk = DataChunk.allocate(List.of(LogicalType.INT64, LogicalType.STRING,
                LogicalType.list(LogicalType.STRING)), 1);
        chunk.vector(0).setLong(0, 99);
        chunk.vector(1).setObject(0, "uncommitted");
        chunk.setDense(1);
        writer.append(chunk);
        assertEquals(4, writer.numRows(), "the writer sees its own row");
        // Another thread reads the latest committed state: three rows.
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> seen.addAll(names(db.nodeTable("Person"))));
        reader.start();
        assertTrue(joined(reader));
        assertEquals(List.of("p0", "p1", "p2"), seen);
        tx.rollback();
        assertEquals(3, db.nodeTable("Person").numRows());
        assertEquals(null, db.nodeTable("Person").lookupPrimaryKey(99L));
        insertPeople(db, 99, 100);
        assertEquals(List.of("p0", "p1", "p2", "p99"), names(db.nodeTable("Person")));
    }

    private static boolean joined(Thread thread) {
        try {
            thread.join(10_000);
            return !thread.isAlive();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ddlIsInvisibleToAnOlderSnapshot() {
        Database db = new Database();
        Snapshot empty = db.snapshot();
        createSchema(db);
        try (Database.Pin pin = db.pin(empty)) {
            assertFalse(db.catalog().contains("Person"));
            assertThrows(KuzuException.class, () -> db.nodeTable("Person"));
        }
        assertTrue(db.catalog().contains("Person"));
    }

    @Test
    void commitsSurviveReopeningFromTheLog() {
        Database db = Database.open(dir, false);
        createSchema(db);
        insertPeople(db, 0, 10);
        knows(db, 3, 4, 1999);
        // No close: simulates a crash after the commits (the lock goes with the channel).
        abandon(db);
        Database reopened = Database.open(dir, false);
        assertEquals(10, reopened.nodeTable("Person").numRows());
        assertEquals("p7", names(reopened.nodeTable("Person")).get(7));
        assertEquals(List.of(4L), neighbours(reopened.relTable("Knows"), 3));
        reopened.close();
    }

    @Test
    void macrosAndCommentsSurviveTheLogAndACheckpoint() {
        Database db = Database.open(dir, false);
        createSchema(db);
        MacroEntry macro = new MacroEntry("ADD3", List.of(new MacroEntry.Parameter("a", null),
                new MacroEntry.Parameter("b", "3")), "a + b");
        try (WriteTransaction tx = db.beginWrite()) {
            SchemaChanges.createMacro(db, macro);
            SchemaChanges.createMacro(db, new MacroEntry("GONE", List.of(), "0"));
            SchemaChanges.commentOnTable(db, "Person", "People");
            tx.commit();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            SchemaChanges.dropMacro(db, "gone");
            SchemaChanges.commentOnTable(db, "Knows", "Who knows whom");
            tx.commit();
        }
        abandon(db);
        for (int reopen = 0; reopen < 2; reopen++) {
            // First from the log, then (after the checkpoint that closing writes) from the data file.
            Database reopened = Database.open(dir, false);
            assertEquals(List.of(macro), reopened.catalog().macros());
            assertEquals("People", reopened.catalog().get("Person").comment());
            assertEquals("Who knows whom", reopened.catalog().get("Knows").comment());
            reopened.close();
        }
    }

    /** Drops a database without checkpointing or closing cleanly, as a crash would (but frees the lock). */
    private static void abandon(Database db) {
        try {
            java.lang.reflect.Field directory = Database.class.getDeclaredField("directory");
            directory.setAccessible(true);
            ((io.kuzujvm.engine.storage.disk.DatabaseDirectory) directory.get(db)).close();
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void checkpointWritesNewFilesAndReopensWithAnEmptyLog() throws Exception {
        Database db = Database.open(dir, false);
        createSchema(db);
        insertPeople(db, 0, 3000);
        knows(db, 0, 2999, 1);
        assertTrue(db.walSize() > 1000);
        db.checkpoint();
        assertEquals(8, db.walSize(), "a new log holds just its header");
        insertPeople(db, 3000, 3001);
        try (WriteTransaction tx = db.beginWrite()) {
            tx.createNodeTable("Gone", List.of(new Property("id", LogicalType.INT64)), 0);
            tx.commit();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            tx.dropTable("Gone");
            tx.commit();
        }
        long nextId = db.catalog().nextTableId();
        db.close();
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".lock", "data-00000003.kzl", "manifest", "wal-00000003.kzl"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Database reopened = Database.open(dir, false);
        assertEquals(3001, reopened.nodeTable("Person").numRows());
        assertEquals(List.of(2999L), neighbours(reopened.relTable("Knows"), 0));
        assertFalse(reopened.catalog().contains("Gone"));
        assertEquals(nextId, reopened.catalog().nextTableId(), "table ids are not reused");
        assertEquals(List.of("even"), List.of("even"));
        reopened.close();
    }

    @Test
    void theLogPassingTheThresholdTriggersACheckpoint() {
        Database db = Database.open(dir, false);
        db.setCheckpointThreshold(4096);
        createSchema(db);
        for (int i = 0; i < 200; i++) {
            insertPeople(db, i * 5L, i * 5L + 5);
        }
        assertTrue(db.walSize() <= 4096 + 1000, "log kept small: " + db.walSize());
        abandon(db);
        Database reopened = Database.open(dir, false);
        assertEquals(1000, reopened.nodeTable("Person").numRows());
        reopened.close();
    }

    @Test
    void aSecondWriterGetsALockErrorNamingThePath() {
        Database db = Database.open(dir, false);
        KuzuException e = assertThrows(KuzuException.class, () -> Database.open(dir, false));
        assertTrue(e.getMessage().contains("Could not set lock on file") && e.getMessage().contains(dir.toString()),
                e.getMessage());
        db.close();
        Database.open(dir, false).close();
    }

    @Test
    void readOnlyOpensBesideAWriterAndRefusesWrites() {
        Database db = Database.open(dir, false);
        createSchema(db);
        insertPeople(db, 0, 4);
        Database reader = Database.open(dir, true);
        assertTrue(reader.isReadOnly());
        assertEquals(4, reader.nodeTable("Person").numRows());
        KuzuException e = assertThrows(KuzuException.class, reader::beginWrite);
        assertEquals("Connection exception: Cannot execute write operations in a read-only database!", e.getMessage());
        reader.close();
        db.close();
    }

    @Test
    void readOnlyDoesNotCreateADatabase() {
        KuzuException e = assertThrows(KuzuException.class, () -> Database.open(dir.resolve("missing"), true));
        assertTrue(e.getMessage().contains("Cannot create an empty database under READ ONLY mode"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aDirectoryWithOtherFilesIsNotTakenOver() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        KuzuException e = assertThrows(KuzuException.class, () -> Database.open(dir, false));
        assertTrue(e.getMessage().contains("holds no kuzu-jvm database"), e.getMessage());
    }
}
