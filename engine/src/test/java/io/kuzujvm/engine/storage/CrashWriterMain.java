package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashRecoveryTest}: opens the database in {@code args[0]},
 * then commits transactions numbered from {@code args[1]} on, each appending the three
 * nodes {@code 3n, 3n+1, 3n+2} and a rel {@code 3n -> 3n+1} (rel id n) and changing those of
 * transaction {@code m = n - 1}: node {@code 3m} gets payload "updated n", node {@code 3m+2}
 * is deleted, rel m is deleted (m even) or gets property -m (m odd); it prints {@code n} once
 * the commit has returned. The checkpoint threshold ({@code args[2]} bytes) is small, so
 * checkpoints run between commits and some kills land inside them.
 */
public final class CrashWriterMain {

    private static final List<LogicalType> ROW = List.of(LogicalType.INT64, LogicalType.STRING);

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Database db = Database.open(Path.of(args[0]), false);
        db.setCheckpointThreshold(Long.parseLong(args[2]));
        if (!db.catalog().contains("T")) {
            try (WriteTransaction tx = db.beginWrite()) {
                tx.createNodeTable("T", List.of(new Property("id", LogicalType.INT64),
                        new Property("payload", LogicalType.STRING)), 0);
                NodeTableEntry t = (NodeTableEntry) tx.catalog().get("T");
                tx.createRelTable("R", List.of(new RelTableEntry.Connection(t, t)),
                        List.of(new Property("n", LogicalType.INT64)), RelTableEntry.Multiplicity.MANY_MANY);
                tx.commit();
            }
        }
        out.println("open");
        out.flush();
        String padding = "x".repeat(300);
        for (long n = Long.parseLong(args[1]); ; n++) {
            // Every other transaction is explicit (a multi-statement BEGIN ... COMMIT): same log framing.
            try (WriteTransaction tx = db.beginWrite(n % 2 == 1)) {
                DataChunk chunk = DataChunk.allocate(ROW, 3);
                for (int i = 0; i < 3; i++) {
                    chunk.vector(0).setLong(i, 3 * n + i);
                    chunk.vector(1).setObject(i, padding + n);
                }
                chunk.setDense(3);
                NodeTable nodes = tx.nodeTable("T");
                nodes.append(chunk);
                ValueVector property = new ValueVector(LogicalType.INT64, 1);
                property.setLong(0, n);
                RelTable rels = tx.relTable("R");
                rels.append(0, nodes.lookupPrimaryKey(3 * n), nodes.lookupPrimaryKey(3 * n + 1),
                        new ValueVector[] {property}, 0);
                if (n > 0) {
                    long m = n - 1;
                    ValueVector payload = new ValueVector(LogicalType.STRING, 1);
                    payload.setObject(0, "updated " + n);
                    nodes.update(1, 3 * m, payload, 0);
                    nodes.delete(3 * m + 2);
                    if (m % 2 == 0) {
                        rels.delete(m);
                    } else {
                        property.setLong(0, -m);
                        rels.update(0, m, property, 0);
                    }
                }
                tx.commit();
            }
            out.println(n);
            out.flush();
        }
    }
}
