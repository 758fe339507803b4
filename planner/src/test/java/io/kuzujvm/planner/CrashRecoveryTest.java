package io.kuzujvm.planner;

import io.kuzujvm.engine.vector.DataChunk;
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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a writing child JVM ({@link CrashWriterMain}) at random points, many times, and
 * checks after each kill that the reopened database holds exactly: every statement whose
 * commit was acknowledged, all three of its rows; at most one more statement (the one in
 * flight, whose log write may have reached the disk before the kill), also whole; and
 * nothing else. Some kills land inside checkpoints (the child checkpoints every few KB).
 */
class CrashRecoveryTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAKillAndNoPartialStatementAppears() throws Exception {
        Path db = dir.resolve("db");
        Random random = new Random(42);
        long next = 0;
        int inFlightKept = 0;
        long totalAcknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            List<Long> acknowledged = new ArrayList<>();
            runAndKill(db, next, 1024 + random.nextInt(16 * 1024), 20 + random.nextInt(300), acknowledged);
            totalAcknowledged += acknowledged.size();
            TreeSet<Long> ids = readIds(db);
            long maxAcknowledged = acknowledged.isEmpty() ? next - 1 : acknowledged.get(acknowledged.size() - 1);
            // Every statement so far, acknowledged in this round or an earlier one, is whole.
            for (long n = 0; n <= maxAcknowledged; n++) {
                for (long id = 3 * n; id < 3 * n + 3; id++) {
                    if (!ids.contains(id)) {
                        fail("round " + round + ": acknowledged statement " + n + " lost row " + id);
                    }
                }
            }
            long expectedRows = 3 * (maxAcknowledged + 1);
            if (ids.size() == expectedRows + 3) {
                // The statement in flight committed to the log before the kill: it must be whole.
                for (long id = expectedRows; id < expectedRows + 3; id++) {
                    assertTrue(ids.contains(id), "round " + round + ": partial in-flight statement");
                }
                inFlightKept++;
                next = maxAcknowledged + 2;
            } else {
                assertEquals(expectedRows, ids.size(), "round " + round + ": rows beyond the acknowledged ones");
                next = maxAcknowledged + 1;
            }
            assertEquals(3 * next - 1, ids.isEmpty() ? -1 : ids.last(), "round " + round);
        }
        assertTrue(totalAcknowledged > KILLS, "the child committed: " + totalAcknowledged);
        System.out.println("CrashRecoveryTest: " + KILLS + " kills, " + totalAcknowledged
                + " acknowledged commits, in-flight commit survived " + inFlightKept + " times");
    }

    /** Starts the writer, lets it commit for about {@code millis} ms after it opened the database, kills it. */
    private static void runAndKill(Path db, long start, long checkpointThreshold, int millis, List<Long> acknowledged)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashWriterMain.class.getName(), db.toString(),
                Long.toString(start), Long.toString(checkpointThreshold))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertEquals("open", first, "the child opened the database");
        Thread.sleep(millis);
        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe.
        child.toHandle().destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        // Everything the child printed before it died was printed after its commit returned.
        String line;
        while ((line = lines.readLine()) != null) {
            acknowledged.add(Long.parseLong(line));
        }
    }

    private static TreeSet<Long> readIds(Path db) {
        TreeSet<Long> ids = new TreeSet<>();
        try (GraphDatabase database = GraphDatabase.open(db, false);
             Session session = database.openSession();
             QueryResult result = session.execute("MATCH (t:T) RETURN t.id")) {
            DataChunk chunk;
            while ((chunk = result.nextChunk()) != null) {
                DataChunk current = chunk;
                current.selection().forEach(pos -> {
                    if (!ids.add((Long) current.vector(0).getValue(pos))) {
                        fail("duplicate id " + current.vector(0).getValue(pos));
                    }
                });
            }
        }
        return ids;
    }
}
