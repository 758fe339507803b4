package io.kuzujvm.planner;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryTest}: opens the database in {@code args[0]},
 * then commits statements numbered from {@code args[1]} on, each inserting (one COPY from the
 * three Seed rows) the three rows
 * {@code 3n, 3n+1, 3n+2}, and prints {@code n} once the commit has returned. A small
 * checkpoint threshold makes checkpoints happen between (and be killed inside) commits.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        GraphDatabase database = GraphDatabase.open(Path.of(args[0]), false);
        database.engine().setCheckpointThreshold(Long.parseLong(args[2]));
        Session session = database.openSession();
        session.execute("CREATE NODE TABLE IF NOT EXISTS T(id INT64, payload STRING, PRIMARY KEY(id))").close();
        session.execute("CREATE NODE TABLE IF NOT EXISTS Seed(k INT64, PRIMARY KEY(k))").close();
        for (int k = 0; k < 3; k++) {
            try {
                session.execute("CREATE (:Seed {k: " + k + "})").close();
            } catch (RuntimeException alreadyThere) {
                // an earlier run created it
            }
        }
        out.println("open");
        out.flush();
        String padding = "x".repeat(200);
        for (long n = Long.parseLong(args[1]); ; n++) {
            session.execute("COPY T FROM (MATCH (s:Seed) RETURN " + (3 * n) + " + s.k AS id, '" + padding
                    + "' AS payload)").close();
            out.println(n);
            out.flush();
        }
    }
}
