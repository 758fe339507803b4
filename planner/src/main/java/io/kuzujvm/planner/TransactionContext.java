package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.Snapshot;
import io.kuzujvm.engine.storage.WriteTransaction;

/**
 * A session's explicit transaction (BEGIN TRANSACTION [READ ONLY] ... COMMIT / ROLLBACK),
 * with Kùzu's rules and error texts:
 * <ul>
 * <li>a write transaction holds the database's one writer permit until it ends; its
 *     statements' changes accumulate in one {@link WriteTransaction}, visible to this
 *     session only, logged as one WAL transaction at COMMIT;</li>
 * <li>a read-only transaction keeps the snapshot it began with for all its statements;</li>
 * <li>an error inside a transaction rolls it back (except a write refused by a read-only
 *     transaction, which leaves it open);</li>
 * <li>no nesting, and COMMIT / ROLLBACK without a transaction are errors.</li>
 * </ul>
 * Between statements nothing is pinned to the thread, so another session on the same
 * thread sees only committed data, and the statements of one transaction may run on
 * different threads.
 */
final class TransactionContext {

    static final String NESTED_ERROR = "Connection already has an active transaction. Cannot start a transaction "
            + "within another one. For concurrent multiple transactions, please open other connections.";
    static final String READ_ONLY_WRITE_ERROR = "Can not execute a write query inside a read-only transaction.";
    static final String CHECKPOINT_ERROR = "Found active transaction for CHECKPOINT.";

    private final Database engine;
    private WriteTransaction write;
    private Snapshot readSnapshot;

    TransactionContext(Database engine) {
        this.engine = engine;
    }

    /** Whether an explicit transaction is open. */
    boolean active() {
        if (write != null && write.isFinished()) {
            // Ended behind the session's back (the database closed): forget it.
            write = null;
            engine.explicitTransactionEnded();
        }
        return write != null || readSnapshot != null;
    }

    boolean isReadOnly() {
        return readSnapshot != null;
    }

    boolean isWrite() {
        return active() && write != null;
    }

    /** Starts a transaction; a nested BEGIN fails and rolls the open one back, as in Kùzu. */
    void begin(boolean readOnly) {
        if (active()) {
            rollbackQuietly();
            throw error(NESTED_ERROR);
        }
        if (readOnly) {
            readSnapshot = engine.snapshot();
        } else {
            write = engine.beginWrite(true);
        }
        engine.explicitTransactionStarted();
    }

    void commit() {
        if (!active()) {
            throw error("No active transaction for COMMIT.");
        }
        WriteTransaction ending = write;
        clear();
        if (ending != null) {
            ending.commit();
        }
    }

    void rollback() {
        if (!active()) {
            throw error("No active transaction for ROLLBACK.");
        }
        rollbackQuietly();
    }

    /** Rolls back whatever is open (after an error, on close); no-op without a transaction. */
    void rollbackQuietly() {
        if (write == null && readSnapshot == null) {
            return;
        }
        WriteTransaction ending = write;
        clear();
        if (ending != null) {
            ending.rollback();
        }
    }

    private void clear() {
        write = null;
        readSnapshot = null;
        engine.explicitTransactionEnded();
    }

    /**
     * Makes this thread see the transaction for one statement: the write transaction's
     * changes, or the read-only transaction's snapshot.
     */
    Database.Pin pin() {
        if (write != null) {
            return write.pinToThread();
        }
        if (readSnapshot != null) {
            return engine.pin(readSnapshot);
        }
        return () -> { };
    }

    static KuzuException error(String message) {
        return new KuzuException(KuzuException.Kind.TRANSACTION, message);
    }
}
