package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.types.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFileTest {

    @TempDir
    Path dir;

    private static List<LogRecord> transaction(int n) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {(long) n, "row " + n});
        return List.of(new LogRecord.NodeRows("T", rows), new LogRecord.Commit());
    }

    private static List<List<LogRecord>> readAll(Path file) throws IOException {
        List<List<LogRecord>> transactions = new ArrayList<>();
        LogFile.read(file, transactions::add);
        return transactions;
    }

    @Test
    void recordsOfEveryKindRoundTrip() throws IOException {
        Path file = dir.resolve("log");
        List<Property> properties = List.of(new Property("id", LogicalType.INT64),
                new Property("tags", LogicalType.list(LogicalType.STRING)));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, List.of("a")});
        rows.add(new Object[] {2L, null});
        List<LogRecord> records = List.of(
                new LogRecord.NextTableId(7),
                new LogRecord.CreateNodeTable(3, "Person", properties, 0),
                new LogRecord.CreateRelTable(4, "Knows", List.of(new LogRecord.Connection("Person", "Person")),
                        List.of(new Property("since", LogicalType.DATE)), RelTableEntry.Multiplicity.MANY_ONE),
                new LogRecord.NodeRows("Person", rows),
                new LogRecord.RelRows("Knows", List.of(new LogRecord.Rel(0, 1, 0, new Object[] {null}))),
                new LogRecord.DropTable("Knows"),
                new LogRecord.CreateMacro(new MacroEntry("ADD", List.of(new MacroEntry.Parameter("a", null),
                        new MacroEntry.Parameter("b", "3")), "a + b")),
                new LogRecord.DropMacro("ADD"),
                new LogRecord.CommentOnTable("Person", "People"),
                new LogRecord.Commit());
        try (LogFile.Writer writer = LogFile.Writer.create(file)) {
            writer.write(records, true);
            assertEquals(Files.size(file), writer.size());
        }
        List<List<LogRecord>> read = readAll(file);
        assertEquals(1, read.size());
        List<LogRecord> got = read.get(0);
        assertEquals(records.size() - 1, got.size());
        assertEquals(records.get(0), got.get(0));
        assertEquals(records.get(1), got.get(1));
        assertEquals(records.get(2), got.get(2));
        LogRecord.NodeRows nodeRows = (LogRecord.NodeRows) got.get(3);
        assertEquals(List.of("a"), nodeRows.rows().get(0)[1]);
        assertEquals(null, nodeRows.rows().get(1)[1]);
        LogRecord.Rel rel = ((LogRecord.RelRows) got.get(4)).rels().get(0);
        assertEquals(1, rel.source());
        assertEquals(records.subList(5, 9), got.subList(5, 9));
    }

    @Test
    void aTransactionWithoutCommitIsIgnored() throws IOException {
        Path file = dir.resolve("log");
        try (LogFile.Writer writer = LogFile.Writer.create(file)) {
            writer.write(transaction(1), true);
            writer.write(List.of(transaction(2).get(0)), true);
        }
        LogFile.ReadResult result = LogFile.read(file, t -> { });
        assertEquals(1, result.transactions());
        assertTrue(result.hasTornTail());
    }

    @Test
    void everyTruncationOfTheLastTransactionLeavesTheEarlierOnes() throws IOException {
        Path file = dir.resolve("log");
        long afterFirst;
        try (LogFile.Writer writer = LogFile.Writer.create(file)) {
            writer.write(transaction(1), true);
            afterFirst = writer.size();
            writer.write(transaction(2), true);
        }
        byte[] whole = Files.readAllBytes(file);
        for (int cut = (int) afterFirst; cut < whole.length; cut++) {
            Path torn = dir.resolve("torn" + cut);
            Files.write(torn, java.util.Arrays.copyOf(whole, cut));
            LogFile.ReadResult result = LogFile.read(torn, t -> { });
            assertEquals(1, result.transactions(), "cut at " + cut);
            assertEquals(afterFirst, result.validEnd(), "cut at " + cut);
        }
        assertEquals(2, readAll(file).size());
    }

    @Test
    void aFlippedBitFailsTheChecksumAndEndsTheLog() throws IOException {
        Path file = dir.resolve("log");
        long afterFirst;
        try (LogFile.Writer writer = LogFile.Writer.create(file)) {
            writer.write(transaction(1), true);
            afterFirst = writer.size();
            writer.write(transaction(2), true);
            writer.write(transaction(3), true);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pos = afterFirst + 12; // inside the payload of transaction 2's first record
            raf.seek(pos);
            int b = raf.read();
            raf.seek(pos);
            raf.write(b ^ 0x10);
        }
        LogFile.ReadResult result = LogFile.read(file, t -> { });
        assertEquals(1, result.transactions());
        assertEquals(afterFirst, result.validEnd());
    }

    @Test
    void appendingCutsADamagedTailOff() throws IOException {
        Path file = dir.resolve("log");
        try (LogFile.Writer writer = LogFile.Writer.create(file)) {
            writer.write(transaction(1), true);
        }
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, java.nio.file.StandardOpenOption.APPEND);
        LogFile.ReadResult damaged = LogFile.read(file, t -> { });
        assertTrue(damaged.hasTornTail());
        try (LogFile.Writer writer = LogFile.Writer.append(file, damaged.validEnd())) {
            writer.write(transaction(2), true);
        }
        LogFile.ReadResult result = LogFile.read(file, t -> { });
        assertEquals(2, result.transactions());
        assertFalse(result.hasTornTail());
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws IOException {
        Path file = dir.resolve("other");
        Files.writeString(file, "hello, this is not a log");
        IOException e = assertThrows(IOException.class, () -> LogFile.read(file, t -> { }));
        assertTrue(e.getMessage().contains("not a kuzu-jvm log file"), e.getMessage());
    }
}
