package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.NodeScanOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates and deletes through the storage API: snapshots, rollback, traversal, the log, checkpoints and ALTER. */
class StorageUpdatesTest {

    private static final int NAME = 1;
    private static final int SINCE = 0;

    @TempDir
    Path dir;

    private static void createSchema(Database db, RelTableEntry.Multiplicity multiplicity) {
        try (WriteTransaction tx = db.beginWrite()) {
            tx.createNodeTable("Person", List.of(new Property("id", LogicalType.INT64),
                    new Property("name", LogicalType.STRING)), 0);
            NodeTableEntry person = (NodeTableEntry) tx.catalog().get("Person");
            tx.createRelTable("Knows", List.of(new RelTableEntry.Connection(person, person)),
                    List.of(new Property("since", LogicalType.INT64)), multiplicity);
            tx.commit();
        }
    }

    private static void insertPeople(Database db, long from, long to) {
        try (WriteTransaction tx = db.beginWrite()) {
            append(tx.nodeTable("Person"), from, to);
            tx.commit();
        }
    }

    /** Appends people with ids [from, to), named "p" + id (other properties null). */
    private static void append(NodeTable people, long from, long to) {
        int n = (int) (to - from);
        DataChunk chunk = DataChunk.allocate(people.entry().properties().stream().map(Property::type).toList(), n);
        for (int i = 0; i < n; i++) {
            chunk.vector(0).setLong(i, from + i);
            chunk.vector(1).setObject(i, "p" + (from + i));
            for (int c = 2; c < chunk.numColumns(); c++) {
                chunk.vector(c).setNull(i, true);
            }
        }
        chunk.setDense(n);
        people.append(chunk);
    }

    private static ValueVector string(String value) {
        ValueVector vector = new ValueVector(LogicalType.STRING, 1);
        vector.setObject(0, value);
        return vector;
    }

    private static ValueVector int64(long value) {
        ValueVector vector = new ValueVector(LogicalType.INT64, 1);
        vector.setLong(0, value);
        return vector;
    }

    private static long knows(RelTable table, long source, long destination, long since) {
        return table.append(0, source, destination, new ValueVector[] {int64(since)}, 0);
    }

    /** (offset, name) of every node a scan operator returns, as "offset:name". */
    private static List<String> scan(NodeTable table) {
        NodeScanOperator scan = new NodeScanOperator(table, new int[] {NAME});
        List<String> rows = new ArrayList<>();
        DataChunk chunk;
        while ((chunk = scan.next()) != null) {
            DataChunk c = chunk;
            c.selection().forEach(pos -> rows.add(c.vector(0).getLong(pos) + ":" + c.vector(1).getValue(pos)));
        }
        return rows;
    }

    private static String name(NodeTable table, long offset) {
        ValueVector[] target = {new ValueVector(LogicalType.STRING, 1)};
        table.scan(offset, 1, new int[] {NAME}, target);
        return (String) target[0].getValue(0);
    }

    private static long since(RelTable table, long relId) {
        ValueVector target = new ValueVector(LogicalType.INT64, 1);
        table.readProperty(SINCE, relId, target, 0);
        return target.getLong(0);
    }

    private static List<Long> neighbours(RelTable table, long node) {
        List<Long> result = new ArrayList<>();
        table.forEachRel(0, RelTable.Direction.FORWARD, node, (rel, neighbour) -> result.add(neighbour));
        return result;
    }

    /** The neighbours of a node read as ExtendOperator does: pages of a chunk, {@code skip} counting what was read. */
    private static List<Long> pagedNeighbours(RelTable table, long node) {
        List<Long> result = new ArrayList<>();
        long[] relIds = new long[DataChunk.CAPACITY];
        long[] neighbours = new long[DataChunk.CAPACITY];
        int skip = 0;
        int copied;
        do {
            copied = table.copyRels(0, RelTable.Direction.FORWARD, node, skip, relIds, neighbours, 0,
                    DataChunk.CAPACITY);
            for (int i = 0; i < copied; i++) {
                result.add(neighbours[i]);
            }
            skip += copied;
        } while (copied == DataChunk.CAPACITY);
        return result;
    }

    private static NodeTable reader(Database db) {
        try (Database.Pin pin = db.pin(db.snapshot())) {
            return db.nodeTable("Person");
        }
    }

    private static RelTable relReader(Database db) {
        try (Database.Pin pin = db.pin(db.snapshot())) {
            return db.relTable("Knows");
        }
    }

    @Test
    void aReaderKeepsOldValuesWhileTheWriterUpdatesAndDeletes() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 3);
        NodeTable before = reader(db);
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTable writer = tx.nodeTable("Person");
            writer.update(NAME, 1, string("changed"), 0);
            assertTrue(writer.delete(2));
            assertFalse(writer.delete(2), "deleted already");
            assertEquals(List.of("0:p0", "1:changed"), scan(writer), "the writer sees its changes at once");
            assertEquals(List.of("0:p0", "1:p1", "2:p2"), scan(before));
            assertEquals(2L, before.lookupPrimaryKey(2L));
            assertFalse(before.isDeleted(2));
            tx.commit();
        }
        assertEquals(List.of("0:p0", "1:p1", "2:p2"), scan(before), "a snapshot never changes");
        NodeTable after = reader(db);
        assertEquals(List.of("0:p0", "1:changed"), scan(after));
        assertTrue(after.isDeleted(2));
        assertNull(after.lookupPrimaryKey(2L));
        assertEquals(3, after.numRows(), "the slot of a deleted node stays");
    }

    @Test
    void aRollbackRestoresValuesDeletedRowsAndKeys() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 3);
        WriteTransaction tx = db.beginWrite();
        NodeTable writer = tx.nodeTable("Person");
        writer.update(NAME, 0, string("changed"), 0);
        writer.delete(1);
        writer.delete(2);
        append(writer, 2, 3);
        assertEquals(3L, writer.lookupPrimaryKey(2L), "a deleted key goes in again, at a new offset");
        assertNull(writer.lookupPrimaryKey(1L));
        tx.rollback();
        NodeTable after = reader(db);
        assertEquals(List.of("0:p0", "1:p1", "2:p2"), scan(after));
        assertEquals(1L, after.lookupPrimaryKey(1L));
        assertEquals(2L, after.lookupPrimaryKey(2L), "the re-inserted key maps to its old row again");
        try (WriteTransaction again = db.beginWrite()) {
            NodeTable people = again.nodeTable("Person");
            assertEquals(2L, people.lookupPrimaryKey(2L));
            assertThrows(KuzuException.class, () -> append(people, 1, 2), "the key is taken again");
            append(people, 3, 4);
            assertEquals(3L, people.lookupPrimaryKey(3L));
            again.commit();
        }
    }

    @Test
    void aDeletedNodeIsGoneFromScansAndLookupsAndItsKeyIsFree() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 5000);
        NodeTable before = reader(db);
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTable people = tx.nodeTable("Person");
            for (long offset = 2048; offset < 4096; offset++) {
                people.delete(offset);
            }
            people.delete(7);
            tx.commit();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            append(tx.nodeTable("Person"), 7, 8);
            tx.commit();
        }
        NodeTable after = reader(db);
        List<String> rows = scan(after);
        assertEquals(5000 - 2048 - 1 + 1, rows.size());
        assertFalse(rows.contains("7:p7"));
        assertFalse(rows.contains("2048:p2048"));
        assertEquals("5000:p7", rows.get(rows.size() - 1), "offsets are not reused");
        assertEquals(5000L, after.lookupPrimaryKey(7L));
        ValueVector keys = new ValueVector(LogicalType.INT64, 3);
        keys.setLong(0, 7);
        keys.setLong(1, 1);
        keys.setLong(2, 3000);
        long[] offsets = new long[3];
        assertEquals(2, after.lookupPrimaryKeys(keys, null, 3, offsets), "a deleted key is not found");
        assertEquals(5000L, offsets[0]);
        assertEquals(7L, before.lookupPrimaryKey(7L), "an older snapshot still finds the deleted row");
        assertEquals(-1, before.lookupPrimaryKeys(keys, new int[] {2, 0, 1}, 3, offsets),
                "all found by the older snapshot");
        assertEquals(List.of(3000L, 7L, 1L), List.of(offsets[0], offsets[1], offsets[2]));
    }

    @Test
    void aDeletedRelIsGoneFromTraversalsWithPagingCountingLiveRels() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 5001);
        try (WriteTransaction tx = db.beginWrite()) {
            RelTable knows = tx.relTable("Knows");
            for (long n = 1; n <= 5000; n++) {
                knows(knows, 0, n, n);
            }
            tx.commit();
        }
        RelTable before = relReader(db);
        List<Long> live = new ArrayList<>();
        try (WriteTransaction tx = db.beginWrite()) {
            RelTable knows = tx.relTable("Knows");
            for (long rel = 0; rel < 5000; rel++) {
                if (rel % 3 == 0) {
                    assertTrue(knows.delete(rel));
                } else {
                    live.add(rel + 1);
                }
            }
            knows.update(SINCE, 1, int64(-1), 0);
            assertEquals(live, pagedNeighbours(knows, 0), "the writer pages over its live rels");
            assertEquals(-1, since(knows, 1));
            tx.commit();
        }
        RelTable after = relReader(db);
        assertEquals(live, neighbours(after, 0));
        assertEquals(live, pagedNeighbours(after, 0));
        assertTrue(after.isDeleted(0));
        assertEquals(-1, since(after, 1));
        assertEquals(5000, pagedNeighbours(before, 0).size(), "an older snapshot sees every rel");
        assertEquals(2, since(before, 1));
        assertEquals(5000, after.numRels(), "rel ids are slots");
    }

    @Test
    void deletingTheRelOfAOneSideLetsANewOneIn() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.ONE_ONE);
        insertPeople(db, 0, 3);
        try (WriteTransaction tx = db.beginWrite()) {
            knows(tx.relTable("Knows"), 0, 1, 1);
            tx.commit();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            RelTable knows = tx.relTable("Knows");
            assertThrows(KuzuException.class, () -> knows(knows, 0, 2, 2));
            knows.delete(0);
            knows(knows, 0, 2, 2);
            tx.rollback();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            RelTable knows = tx.relTable("Knows");
            assertThrows(KuzuException.class, () -> knows(knows, 2, 1, 2), "a rolled-back delete keeps its claim");
            knows.delete(0);
            assertEquals(1, knows(knows, 2, 1, 3), "the delete frees the destination; the rolled-back id is free");
            tx.commit();
        }
        assertEquals(List.of(), neighbours(relReader(db), 0));
        assertEquals(List.of(1L), neighbours(relReader(db), 2));
    }

    /** Changes whose state {@link #checkChanges} checks: updates, deletes, a deleted key inserted again. */
    private static void makeChanges(Database db) {
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 10);
        try (WriteTransaction tx = db.beginWrite()) {
            RelTable knows = tx.relTable("Knows");
            for (long n = 1; n < 10; n++) {
                knows(knows, 0, n, n);
            }
            tx.commit();
        }
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTable people = tx.nodeTable("Person");
            people.update(NAME, 3, string("three"), 0);
            people.delete(4);
            people.delete(5);
            append(people, 5, 6);
            append(people, 10, 12);
            people.delete(11);
            people.update(NAME, 12, string("twelve"), 0);
            RelTable knows = tx.relTable("Knows");
            knows.delete(1);
            knows.update(SINCE, 2, int64(300), 0);
            knows(knows, 0, 10, 10);
            knows(knows, 0, 11, 11);
            knows.delete(9);
            tx.commit();
        }
    }

    private static void checkChanges(Database db) {
        NodeTable people = db.nodeTable("Person");
        assertEquals(13, people.numRows());
        assertEquals(List.of("0:p0", "1:p1", "2:p2", "3:three", "6:p6", "7:p7", "8:p8", "9:p9", "10:p5",
                "12:twelve"), scan(people));
        assertEquals(10L, people.lookupPrimaryKey(5L));
        assertNull(people.lookupPrimaryKey(4L));
        assertNull(people.lookupPrimaryKey(10L));
        assertEquals(12L, people.lookupPrimaryKey(11L));
        RelTable knows = db.relTable("Knows");
        assertEquals(11, knows.numRels());
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L), neighbours(knows, 0));
        assertEquals(300, since(knows, 2));
        assertTrue(knows.isDeleted(1));
        // The deleted key and the deleted rel slots do not block new ones.
        try (WriteTransaction tx = db.beginWrite()) {
            append(tx.nodeTable("Person"), 4, 5);
            assertEquals(13L, tx.nodeTable("Person").lookupPrimaryKey(4L));
            assertEquals(11L, knows(tx.relTable("Knows"), 4, 0, 0));
            tx.rollback();
        }
    }

    @Test
    void updatesAndDeletesSurviveReopeningFromTheLog() {
        Database db = Database.open(dir, false);
        makeChanges(db);
        checkChanges(db);
        abandon(db);
        Database reopened = Database.open(dir, false);
        checkChanges(reopened);
        reopened.close();
    }

    @Test
    void updatesAndDeletesSurviveACheckpointWithTheSameOffsetsAndIds() {
        Database db = Database.open(dir, false);
        makeChanges(db);
        db.checkpoint();
        abandon(db);
        Database reopened = Database.open(dir, false);
        checkChanges(reopened);
        reopened.close();
        Database again = Database.open(dir, false);
        checkChanges(again);
        again.close();
    }

    @Test
    void alterTableKeepsDeletedSlotsAndUpdatedValues() {
        Database db = Database.open(dir, false);
        makeChanges(db);
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTableEntry old = (NodeTableEntry) tx.catalog().get("Person");
            List<Property> properties = new ArrayList<>(old.properties());
            properties.add(new Property("age", LogicalType.INT64));
            SchemaChanges.replaceNodeTable(db, "Person", new NodeTableEntry(old.tableId(), "Person", properties, 0),
                    new int[] {0, 1, -1}, new SchemaChanges.ColumnFill[] {null, null, row -> row});
            RelTableEntry rel = (RelTableEntry) tx.catalog().get("Knows");
            SchemaChanges.replaceRelTable(db, "Knows", rel, new int[] {0}, new SchemaChanges.ColumnFill[1],
                    new int[] {0});
            tx.commit();
        }
        checkChanges(db);
        abandon(db);
        Database reopened = Database.open(dir, false);
        checkChanges(reopened);
        reopened.close();
    }

    @Test
    void anUpdateCopiesOnlyTheTouchedColumnOfTheTouchedGroup() {
        Database db = new Database();
        createSchema(db, RelTableEntry.Multiplicity.MANY_MANY);
        insertPeople(db, 0, 300_000);
        RowGroup[] before = db.snapshot().nodeTables.get("person").rows().groups();
        assertEquals(3, before.length);
        try (WriteTransaction tx = db.beginWrite()) {
            NodeTable people = tx.nodeTable("Person");
            people.update(NAME, RowGroup.CAPACITY + 5, string("changed"), 0);
            people.update(NAME, RowGroup.CAPACITY + 6, string("changed too"), 0);
            people.delete(7);
            tx.commit();
        }
        RowGroup[] after = db.snapshot().nodeTables.get("person").rows().groups();
        assertSame(before[0], after[0]);
        assertSame(before[2], after[2]);
        assertNotSame(before[1], after[1]);
        assertSame(before[1].column(0), after[1].column(0), "the untouched column is shared");
        assertNotSame(before[1].column(NAME), after[1].column(NAME));
        assertEquals("p131077", before[1].column(NAME).getValue(5));
        assertEquals("changed", after[1].column(NAME).getValue(5));
        assertEquals("changed too", name(reader(db), RowGroup.CAPACITY + 6));
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
}
