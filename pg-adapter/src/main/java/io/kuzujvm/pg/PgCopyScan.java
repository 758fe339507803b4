package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.DataChunk;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one or more {@code COPY (query) TO STDOUT (FORMAT binary)} on worker threads, each
 * worker taking the next query from a shared list, and hands the decoded chunks to the
 * consumer through a small bounded queue, so that memory stays bounded however big the table
 * is. The first worker uses the connection the scan was opened with; the others open their
 * own and adopt its exported snapshot, so that every part reads the same rows.
 */
final class PgCopyScan implements PgRowSource {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "kuzu-postgres-scan");
        thread.setDaemon(true);
        return thread;
    });
    private static final int CHUNKS_PER_WORKER = 2;
    private static final long OFFER_WAIT_MILLIS = 50;
    private static final long WORKER_STOP_SECONDS = 30;

    /** Queue markers: all workers are done, or one has failed (see {@link #failure}). */
    private static final Object END = new Object();
    private static final Object FAILED = new Object();

    private final DataSource dataSource;
    private final String snapshotId;
    private final PgCopyDecoder decoder;
    private final Queue<String> queries;
    private final BlockingQueue<Object> chunks;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<Future<?>> workers = new ArrayList<>();
    private final AtomicInteger runningWorkers;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean cancelled;
    private boolean closed;

    /**
     * @param first      a connection in the scan's read-only transaction, which this scan now owns
     * @param snapshotId the snapshot {@code first} exported, for the other workers; null with one worker
     * @param queries    the SELECTs to copy, in any order
     */
    PgCopyScan(DataSource dataSource, Connection first, String snapshotId, List<String> queries,
               PgCopyDecoder decoder, int workerCount) {
        this.dataSource = dataSource;
        this.snapshotId = snapshotId;
        this.decoder = decoder;
        this.queries = new ConcurrentLinkedQueue<>(queries);
        this.chunks = new ArrayBlockingQueue<>(CHUNKS_PER_WORKER * workerCount);
        this.runningWorkers = new AtomicInteger(workerCount);
        connections.add(first);
        for (int w = 0; w < workerCount; w++) {
            Connection own = w == 0 ? first : null;
            workers.add(WORKERS.submit(() -> work(own)));
        }
    }

    @Override
    public DataChunk next() {
        if (closed) {
            return null;
        }
        Object item;
        try {
            item = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new KuzuException(KuzuException.Kind.RUNTIME, "Interrupted while scanning PostgreSQL.");
        }
        if (item instanceof DataChunk chunk) {
            return chunk;
        }
        close();
        if (item == FAILED) {
            throw PgErrors.scanFailure(failure.get());
        }
        return null;
    }

    private void work(Connection own) {
        try {
            Connection connection = own != null ? own : openWorkerConnection();
            if (connection == null) {
                return;
            }
            String query;
            while (!cancelled && (query = queries.poll()) != null) {
                copy(connection, query);
            }
        } catch (Throwable e) {
            if (!cancelled && failure.compareAndSet(null, e)) {
                offer(FAILED);
            }
        } finally {
            if (runningWorkers.decrementAndGet() == 0) {
                offer(END);
            }
        }
    }

    /** A connection on the shared snapshot, or null when the scan was cancelled meanwhile. */
    private Connection openWorkerConnection() throws SQLException {
        Connection connection = PgReadOnlyTransaction.beginWithSnapshot(dataSource, snapshotId);
        connections.add(connection);
        return cancelled ? null : connection;
    }

    private void copy(Connection connection, String query) throws SQLException {
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + query + ") TO STDOUT (FORMAT binary)");
        try {
            decoder.decode(copy, this::offer);
        } finally {
            if (copy.isActive()) {
                // Stopped early: end the COPY, so that the connection can roll back and close.
                copy.cancelCopy();
            }
        }
    }

    /** Queues an item unless the scan is cancelled first; false then. */
    private boolean offer(Object item) {
        try {
            while (!cancelled) {
                if (chunks.offer(item, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Stops the workers (a COPY in progress is cancelled in PostgreSQL) and closes the connections. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancelled = true;
        chunks.clear();
        if (runningWorkers.get() > 0) {
            for (Connection connection : connections) {
                cancelQuery(connection);
            }
        }
        for (Future<?> worker : workers) {
            try {
                worker.get(WORKER_STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Closing its connection below ends whatever the worker still waits for.
            }
        }
        for (Connection connection : connections) {
            PgReadOnlyTransaction.end(connection);
        }
    }

    /** Asks PostgreSQL to stop the statement a worker waits on, e.g. a COPY that filters out most rows. */
    private static void cancelQuery(Connection connection) {
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // The worker stops at its next chunk anyway.
        }
    }
}
