package io.kuzujvm.tck.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a query through JDBC on a worker thread with a time limit. A query that does not finish
 * in time is cancelled, its thread interrupted and, if it still runs, stopped; the caller must
 * then abandon the connection.
 */
public final class StatementExecutor {

    /** Guards against a driver whose getMoreResults never ends. */
    private static final int MAX_RESULTS = 10_000;
    private static final long GRACE_MILLIS = 2_000;

    private final Duration timeout;

    public StatementExecutor(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public ExecutionOutcome execute(Connection connection, String query) {
        AtomicReference<Statement> running = new AtomicReference<>();
        try {
            return call(() -> run(connection, query, running), running);
        } catch (TimeoutException e) {
            return ExecutionOutcome.timeout();
        } catch (SQLException e) {
            return new ExecutionOutcome(List.of(), e, null, false);
        } catch (Throwable t) {
            return ExecutionOutcome.crashed(t);
        }
    }

    /** Runs any JDBC action under the same time limit (e.g. opening a connection). */
    public <T> T call(Callable<T> action) throws Exception {
        return call(action, new AtomicReference<>());
    }

    private <T> T call(Callable<T> action, AtomicReference<Statement> running) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "tck-statement");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new RuntimeException(cause);
        } catch (TimeoutException e) {
            abandon(worker, running.get());
            throw e;
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void abandon(Thread worker, Statement statement) {
        if (statement != null) {
            Thread canceller = new Thread(() -> {
                try {
                    statement.cancel();
                } catch (Throwable ignored) {
                    // best effort
                }
            }, "tck-cancel");
            canceller.setDaemon(true);
            canceller.start();
        }
        worker.interrupt();
        try {
            worker.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            try {
                // A runaway query would otherwise keep a core busy for the rest of the run.
                worker.stop();
            } catch (Throwable ignored) {
                // not supported on this JVM: the daemon thread is left behind
            }
        }
    }

    private static ExecutionOutcome run(Connection connection, String query,
            AtomicReference<Statement> running) throws SQLException {
        List<ResultTable> results = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            running.set(statement);
            boolean isResultSet = statement.execute(query);
            for (int i = 0; i < MAX_RESULTS; i++) {
                if (isResultSet) {
                    try (ResultSet rs = statement.getResultSet()) {
                        results.add(read(rs));
                    }
                } else {
                    long count = updateCount(statement);
                    if (count == -1) {
                        break;
                    }
                    results.add(ResultTable.updateCount(count));
                }
                try {
                    isResultSet = statement.getMoreResults();
                } catch (SQLFeatureNotSupportedException e) {
                    break;
                }
            }
        } catch (SQLException e) {
            return new ExecutionOutcome(results, e, null, false);
        }
        return new ExecutionOutcome(results, null, null, false);
    }

    private static long updateCount(Statement statement) throws SQLException {
        try {
            return statement.getLargeUpdateCount();
        } catch (SQLFeatureNotSupportedException | UnsupportedOperationException e) {
            return statement.getUpdateCount();
        }
    }

    private static ResultTable read(ResultSet rs) throws SQLException {
        if (rs == null) {
            return new ResultTable(List.of(), List.of(), List.of(), -1);
        }
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> names = new ArrayList<>(n);
        List<Integer> types = new ArrayList<>(n);
        for (int c = 1; c <= n; c++) {
            names.add(md.getColumnLabel(c));
            types.add(md.getColumnType(c));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int c = 1; c <= n; c++) {
                String v = rs.getString(c);
                row.add(v == null ? "" : v);
            }
            rows.add(row);
        }
        return new ResultTable(names, types, rows, -1);
    }
}
