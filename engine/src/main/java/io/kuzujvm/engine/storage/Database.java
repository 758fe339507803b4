package io.kuzujvm.engine.storage;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.disk.DatabaseDirectory;
import io.kuzujvm.engine.storage.disk.LogFile;
import io.kuzujvm.engine.storage.disk.LogRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One database: its catalog and the storage of its tables, in memory or in a directory
 * ({@link DatabaseDirectory}). Shared by every connection to it.
 *
 * <p>Transactions: the committed state is an immutable {@link Snapshot}, replaced with
 * one volatile write at each commit. One {@link WriteTransaction} at a time (under
 * the write permit, which is not bound to a thread: an explicit transaction may span
 * statements run by different threads); any number of readers, each bounded by the snapshot it took.
 * While a thread plans a statement it pins its snapshot or transaction
 * ({@link #pin(Snapshot)}, {@link #beginWrite()}), and {@link #catalog()},
 * {@link #nodeTable}, {@link #relTable} answer as of it; the tables handed out keep that
 * view for as long as the query runs. Unpinned, they answer as of the latest commit.
 *
 * <p>Durability (on disk): a commit appends its changes to the write-ahead log and forces
 * it before it publishes; a checkpoint (on {@link #close()}, {@link #checkpoint()}, and
 * when the log passes {@link #checkpointThreshold()} bytes) writes the whole snapshot to
 * a new file and switches the manifest; opening replays the checkpoint and then the log.
 */
public final class Database implements AutoCloseable {

    public static final long DEFAULT_CHECKPOINT_THRESHOLD = 16L << 20;
    public static final String READ_ONLY_ERROR = "Cannot execute write operations in a read-only database!";
    public static final String ONE_WRITER_ERROR = "Cannot start a new write transaction in the system. "
            + "Only one write transaction at a time is allowed in the system.";
    public static final String CHECKPOINT_TIMEOUT_ERROR = "Timeout waiting for active transactions to leave the "
            + "system before checkpointing. If you have an open transaction, please close it and try again.";

    /** One writer at a time; a permit rather than a lock so that any thread may release it. */
    private final Semaphore writePermit = new Semaphore(1, true);
    /** Set while the permit is held by an explicit (multi-statement) transaction. */
    private volatile WriteTransaction explicitWriter;
    /** Explicit transactions open in sessions (read-only ones included); CHECKPOINT refuses to run among them. */
    private final AtomicInteger openExplicitTransactions = new AtomicInteger();
    private final ThreadLocal<Object> pinned = new ThreadLocal<>();
    private final DatabaseDirectory directory;
    private final boolean readOnly;
    private volatile Snapshot committed = new Snapshot(0, new Catalog(), Map.of(), Map.of());
    private LogFile.Writer wal;
    private volatile long checkpointThreshold = DEFAULT_CHECKPOINT_THRESHOLD;
    private boolean closed;

    /** A new, empty in-memory database. */
    public Database() {
        this.directory = null;
        this.readOnly = false;
    }

    private Database(DatabaseDirectory directory, boolean readOnly) {
        this.directory = directory;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database in a directory (a writer creates it when missing and locks it
     * against other writers; a read-only opener sees the last commit before it opened).
     */
    public static Database open(Path path, boolean readOnly) {
        DatabaseDirectory directory;
        try {
            directory = DatabaseDirectory.open(path, readOnly);
        } catch (IOException e) {
            throw ioError("Cannot open database " + path, e);
        }
        Database database = new Database(directory, readOnly);
        try {
            database.load();
        } catch (IOException | RuntimeException e) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? ioError("Cannot open database " + path, io) : (RuntimeException) e;
        }
        return database;
    }

    private void load() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                LogFile.read(directory.dataFile(), this::replay);
                LogFile.ReadResult wal = LogFile.read(directory.walFile(), this::replay);
                if (!readOnly) {
                    this.wal = LogFile.Writer.append(directory.walFile(), wal.validEnd());
                }
                return;
            } catch (NoSuchFileException e) {
                // A read-only opener raced a writer's checkpoint that removed the old files: start again.
                if (!readOnly || attempt >= 5) {
                    throw e;
                }
                committed = new Snapshot(0, new Catalog(), Map.of(), Map.of());
                directory.refresh();
            }
        }
    }

    private void replay(List<LogRecord> transaction) {
        writePermit.acquireUninterruptibly();
        WriteTransaction replay = new WriteTransaction(this, committed, false);
        try {
            for (LogRecord record : transaction) {
                replay.apply(record);
            }
            replay.commit();
        } finally {
            replay.close();
        }
    }

    private static KuzuException ioError(String what, IOException e) {
        return new KuzuException(KuzuException.Kind.RUNTIME, "58030", what + ": " + e, e);
    }

    /** The directory of an on-disk database. */
    public Optional<Path> directory() {
        return directory == null ? Optional.empty() : Optional.of(directory.path());
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The latest committed state. */
    public Snapshot snapshot() {
        return committed;
    }

    /**
     * Waits for the write permit. An explicit transaction may hold it for long (idle between
     * statements, possibly on this very thread), so instead of waiting for one this fails
     * with {@code error}.
     */
    private void acquireWritePermit(String error) {
        while (true) {
            if (explicitWriter != null) {
                throw new KuzuException(KuzuException.Kind.TRANSACTION, error);
            }
            try {
                if (writePermit.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KuzuException(KuzuException.Kind.RUNTIME, "Interrupted while waiting for the writer.");
            }
        }
    }

    /** Called by the write transaction when it ends. */
    void releaseWritePermit(WriteTransaction transaction) {
        if (explicitWriter == transaction) {
            explicitWriter = null;
        }
        writePermit.release();
    }

    /** Counts an explicit transaction a session opened (until {@link #explicitTransactionEnded()}). */
    public void explicitTransactionStarted() {
        openExplicitTransactions.incrementAndGet();
    }

    public void explicitTransactionEnded() {
        openExplicitTransactions.decrementAndGet();
    }

    /** Something pinned to the current thread until closed. */
    public interface Pin extends AutoCloseable {
        @Override
        void close();
    }

    /** Makes this thread see {@code snapshot} (catalog and tables) until the pin is closed. */
    public Pin pin(Snapshot snapshot) {
        return pinObject(snapshot);
    }

    Pin pinTransaction(WriteTransaction transaction) {
        return pinObject(transaction);
    }

    private Pin pinObject(Object view) {
        Object previous = pinned.get();
        pinned.set(view);
        return () -> {
            if (previous == null) {
                pinned.remove();
            } else {
                pinned.set(previous);
            }
        };
    }

    /**
     * Starts the write transaction: waits for the previous writer to finish, and pins the
     * transaction to this thread until it commits or rolls back.
     */
    public WriteTransaction beginWrite() {
        return beginWrite(false);
    }

    /** Kùzu's error for a write on a read-only database or connection. */
    public static KuzuException readOnlyError() {
        return new KuzuException(KuzuException.Kind.CONNECTION, "25006", READ_ONLY_ERROR, null);
    }

    /**
     * Starts a write transaction; an {@code explicit} one spans statements (BEGIN TRANSACTION
     * ... COMMIT) and is not pinned to the thread: each statement pins it with
     * {@link WriteTransaction#pinToThread()}. While an explicit transaction is open, other
     * writers fail with Kùzu's one-writer error instead of waiting.
     */
    public WriteTransaction beginWrite(boolean explicit) {
        if (readOnly) {
            throw readOnlyError();
        }
        acquireWritePermit(ONE_WRITER_ERROR);
        try {
            checkOpen();
            WriteTransaction transaction = new WriteTransaction(this, committed, directory != null);
            if (explicit) {
                transaction.unpinFromThread();
                explicitWriter = transaction;
            }
            return transaction;
        } catch (RuntimeException e) {
            writePermit.release();
            throw e;
        }
    }

    private WriteTransaction currentTransaction() {
        return pinned.get() instanceof WriteTransaction transaction ? transaction : null;
    }

    /** The write transaction pinned to this thread, or null. */
    WriteTransaction writeInProgress() {
        return currentTransaction();
    }

    private Snapshot currentSnapshot() {
        return pinned.get() instanceof Snapshot snapshot ? snapshot : committed;
    }

    public Catalog catalog() {
        WriteTransaction transaction = currentTransaction();
        return transaction != null ? transaction.catalog() : currentSnapshot().catalog;
    }

    public NodeTable nodeTable(String name) {
        WriteTransaction transaction = currentTransaction();
        if (transaction != null) {
            return transaction.nodeTable(name);
        }
        Snapshot.NodeTableVersion version = currentSnapshot().nodeTables.get(name.toLowerCase(Locale.ROOT));
        if (version == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return new NodeTable(version.storage(), version.rows());
    }

    public RelTable relTable(String name) {
        WriteTransaction transaction = currentTransaction();
        if (transaction != null) {
            return transaction.relTable(name);
        }
        Snapshot.RelTableVersion version = currentSnapshot().relTables.get(name.toLowerCase(Locale.ROOT));
        if (version == null) {
            throw KuzuException.catalog(name + " does not exist in catalog.");
        }
        return new RelTable(version.storage(), version);
    }

    /** Creates a node table in the current write transaction (or in one of its own). */
    public NodeTable createNodeTable(String name, List<Property> properties, int primaryKeyIndex) {
        WriteTransaction transaction = currentTransaction();
        if (transaction != null) {
            return transaction.createNodeTable(name, properties, primaryKeyIndex);
        }
        try (WriteTransaction own = beginWrite()) {
            own.createNodeTable(name, properties, primaryKeyIndex);
            own.commit();
        }
        return nodeTable(name);
    }

    public RelTable createRelTable(String name, List<RelTableEntry.Connection> connections,
                                   List<Property> properties, RelTableEntry.Multiplicity multiplicity) {
        WriteTransaction transaction = currentTransaction();
        if (transaction != null) {
            return transaction.createRelTable(name, connections, properties, multiplicity);
        }
        try (WriteTransaction own = beginWrite()) {
            own.createRelTable(name, connections, properties, multiplicity);
            own.commit();
        }
        return relTable(name);
    }

    /** Drops a table and its data (the catalog refuses node tables that rel tables use). */
    public void dropTable(String name) {
        WriteTransaction transaction = currentTransaction();
        if (transaction != null) {
            transaction.dropTable(name);
            return;
        }
        try (WriteTransaction own = beginWrite()) {
            own.dropTable(name);
            own.commit();
        }
    }

    /** Appends a committing transaction's records to the log and forces them to disk. */
    void log(List<LogRecord> records) {
        if (wal == null) {
            throw new IllegalStateException("The database has no log open");
        }
        List<LogRecord> withCommit = new java.util.ArrayList<>(records.size() + 1);
        withCommit.addAll(records);
        withCommit.add(new LogRecord.Commit());
        try {
            wal.write(withCommit, true);
        } catch (IOException e) {
            throw ioError("Cannot write the write-ahead log " + wal.path(), e);
        }
    }

    void publish(Snapshot snapshot) {
        committed = snapshot;
    }

    /** Checkpoints when the log has grown past the threshold. */
    void afterCommit() {
        LogFile.Writer log = wal;
        if (log != null && log.size() > checkpointThreshold && directory != null && !readOnly) {
            writePermit.acquireUninterruptibly();
            try {
                checkpointHoldingPermit();
            } finally {
                writePermit.release();
            }
        }
    }

    public long checkpointThreshold() {
        return checkpointThreshold;
    }

    /** The log size in bytes past which a commit triggers a checkpoint. */
    public void setCheckpointThreshold(long bytes) {
        if (bytes < 0) {
            throw KuzuException.binder("The checkpoint threshold must not be negative.");
        }
        checkpointThreshold = bytes;
    }

    /** The size of the write-ahead log in bytes (0 in memory). */
    public long walSize() {
        LogFile.Writer log = wal;
        return log == null ? 0 : log.size();
    }

    /**
     * Writes the committed state to a new checkpoint file, switches to it and starts an
     * empty log. Nothing to do in memory or read-only. Waits for the current writer; fails
     * as Kùzu does while sessions have explicit transactions open.
     */
    public void checkpoint() {
        if (directory == null || readOnly) {
            return;
        }
        if (openExplicitTransactions.get() > 0) {
            throw new KuzuException(KuzuException.Kind.TRANSACTION, CHECKPOINT_TIMEOUT_ERROR);
        }
        acquireWritePermit(CHECKPOINT_TIMEOUT_ERROR);
        try {
            checkpointHoldingPermit();
        } finally {
            writePermit.release();
        }
    }

    private void checkpointHoldingPermit() {
        try {
            checkOpen();
            Snapshot snapshot = committed;
            LogFile.Writer newWal = directory.checkpoint(file -> SnapshotRecords.write(snapshot, file));
            LogFile.Writer oldWal = wal;
            wal = newWal;
            if (oldWal != null) {
                oldWal.close();
            }
        } catch (IOException e) {
            throw ioError("Checkpoint of " + directory.path() + " failed", e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new KuzuException(KuzuException.Kind.CONNECTION, "08003", "The database is closed.", null);
        }
    }

    /** Checkpoints (on disk, writable), closes the files and releases the lock. */
    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        WriteTransaction abandoned = explicitWriter;
        if (abandoned != null) {
            // A session left its explicit transaction open: it ends with the database.
            abandoned.rollback();
        }
        writePermit.acquireUninterruptibly();
        try {
            if (closed) {
                return;
            }
            try {
                if (!readOnly) {
                    checkpointHoldingPermit();
                }
            } finally {
                closed = true;
                try {
                    if (wal != null) {
                        wal.close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    try {
                        directory.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        } finally {
            writePermit.release();
        }
    }
}
