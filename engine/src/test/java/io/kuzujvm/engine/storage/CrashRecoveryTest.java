package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a writing child JVM ({@link CrashWriterMain}) with SIGKILL at random points, many
 * times, and checks after each kill that the reopened database holds exactly the
 * transactions 0..k, each whole (three nodes and their rel, and its updates and deletes of the
 * previous transaction's, see {@link CrashWriterMain}), where k is either the last
 * acknowledged transaction or the one after it (in flight at the kill: its log write may
 * have reached the file before the process died, but never part of it). Nothing else.
 * Many kills land inside checkpoints (the child checkpoints every few KB of log).
 */
class CrashRecoveryTest {

    private static final int KILLS = 24;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAKillAndNoPartialTransactionAppears() throws Exception {
        Path db = dir.resolve("db");
        Random random = new Random(20240611);
        long next = 0;
        int inFlightKept = 0;
        long acknowledgedTotal = 0;
        for (int round = 0; round < KILLS; round++) {
            List<Long> acknowledged = runAndKill(db, next, 2048 + random.nextInt(32 * 1024), 2 + random.nextInt(12),
                    random.nextInt(3));
            acknowledgedTotal += acknowledged.size();
            for (int i = 0; i < acknowledged.size(); i++) {
                assertEquals(next + i, acknowledged.get(i), "the child numbers its commits consecutively");
            }
            long lastAcknowledged = next + acknowledged.size() - 1;
            long present = verify(db, round);
            assertTrue(present == lastAcknowledged + 1 || present == lastAcknowledged + 2,
                    "round " + round + ": " + present + " transactions present, last acknowledged " + lastAcknowledged);
            if (present == lastAcknowledged + 2) {
                inFlightKept++;
            }
            next = present;
        }
        assertTrue(acknowledgedTotal >= 2L * KILLS, "the child committed " + acknowledgedTotal + " transactions");
        System.out.println("CrashRecoveryTest: " + KILLS + " kills, " + acknowledgedTotal
                + " acknowledged commits, the in-flight commit survived " + inFlightKept + " times");
    }

    /**
     * Starts the writer, waits for {@code commits} acknowledgements (so that every round writes,
     * however slow the machine), lets it go on for {@code millis} ms more, and kills it.
     */
    private static List<Long> runAndKill(Path db, long start, long checkpointThreshold, int commits, int millis)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), db.toString(), Long.toString(start),
                Long.toString(checkpointThreshold))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("open", lines.readLine(), "the child opened the database");
        List<Long> acknowledged = new ArrayList<>();
        String line;
        while (acknowledged.size() < commits && (line = lines.readLine()) != null) {
            acknowledged.add(Long.parseLong(line));
        }
        Thread.sleep(millis);
        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe.
        child.toHandle().destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        // Every number the child printed before it died was printed after its commit returned.
        while ((line = lines.readLine()) != null) {
            acknowledged.add(Long.parseLong(line));
        }
        return acknowledged;
    }

    /** Reopens the database, checks it holds transactions 0..k-1 whole and nothing else; returns k. */
    private static long verify(Path path, int round) {
        Database db = Database.open(path, false);
        try {
            NodeTable nodes = db.nodeTable("T");
            long rows = nodes.numRows();
            assertEquals(0, rows % 3, "round " + round + ": a partial transaction (" + rows + " rows)");
            long transactions = rows / 3;
            ValueVector[] target = {new ValueVector(LogicalType.INT64, DataChunk.CAPACITY),
                    new ValueVector(LogicalType.STRING, DataChunk.CAPACITY)};
            long offset = 0;
            int count;
            while ((count = nodes.scan(offset, DataChunk.CAPACITY, new int[] {0, 1}, target)) > 0) {
                for (int i = 0; i < count; i++) {
                    long row = offset + i;
                    // Transaction m's nodes were changed by transaction m + 1, if present.
                    boolean changed = row / 3 + 1 < transactions;
                    assertEquals(changed && row % 3 == 2, nodes.isDeleted(row), "round " + round + ": delete of " + row);
                    if (!nodes.isDeleted(row)) {
                        assertEquals(row, target[0].getValue(i), "round " + round + ": row order");
                    }
                    if (changed && row % 3 == 0) {
                        assertEquals("updated " + (row / 3 + 1), target[1].getValue(i), "round " + round + ": update");
                    }
                }
                offset += count;
            }
            RelTable rels = db.relTable("R");
            assertEquals(transactions, rels.numRels(), "round " + round + ": one rel per transaction");
            ValueVector property = new ValueVector(LogicalType.INT64, 1);
            for (long n = 0; n < transactions; n++) {
                List<Long> neighbours = new ArrayList<>();
                rels.forEachRel(0, RelTable.Direction.FORWARD, 3 * n, (rel, neighbour) -> neighbours.add(neighbour));
                boolean changed = n + 1 < transactions;
                assertEquals(changed && n % 2 == 0, rels.isDeleted(n), "round " + round + ": delete of rel " + n);
                if (!rels.isDeleted(n)) {
                    assertEquals(List.of(3 * n + 1), neighbours, "round " + round + ": rel of transaction " + n);
                    rels.readProperty(0, n, property, 0);
                    assertEquals(changed && n % 2 == 1 ? -n : n, property.getLong(0),
                            "round " + round + ": rel update");
                } else {
                    assertEquals(List.of(), neighbours, "round " + round + ": deleted rel of transaction " + n);
                }
            }
            return transactions;
        } finally {
            db.close();
        }
    }
}
