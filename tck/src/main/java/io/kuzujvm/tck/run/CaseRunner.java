package io.kuzujvm.tck.run;

import io.kuzujvm.tck.model.CaseStep;
import io.kuzujvm.tck.model.DatasetSpec;
import io.kuzujvm.tck.model.TestCase;
import io.kuzujvm.tck.model.TestFile;
import io.kuzujvm.tck.model.TestStatement;
import io.kuzujvm.tck.postgres.PgConnectionStrings;
import io.kuzujvm.tck.postgres.PostgresServer;
import io.kuzujvm.tck.postgres.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs one case on a fresh in-memory database through JDBC: builds the file's data set, then
 * runs the steps in order and judges each statement.
 */
public final class CaseRunner {

    private static final String MEMORY_URL = "jdbc:kuzu::memory:";
    private static final String DISK_URL = "jdbc:kuzu:";
    private static final String DATABASE_PATH = "${DATABASE_PATH}";
    private static final AtomicLong SHARED_DATABASES = new AtomicLong();

    private final KuzuTestsFolder folder;
    private final DatasetCatalog datasets;
    private final StatementExecutor executor;
    private final ResultComparator comparator;
    private final PostgresTestDatabase postgres;

    public CaseRunner(KuzuTestsFolder folder, DatasetCatalog datasets, StatementExecutor executor,
            ResultComparator comparator, PostgresTestDatabase postgres) {
        this.folder = folder;
        this.datasets = datasets;
        this.executor = executor;
        this.comparator = comparator;
        this.postgres = postgres;
    }

    public CaseResult run(TestFile file, TestCase testCase) {
        return new Run(file, testCase).execute();
    }

    /** The state of one case's run. */
    private final class Run {
        private final TestFile file;
        private final TestCase testCase;
        private final List<StatementResult> results = new ArrayList<>();
        private final Map<String, Connection> connections = new LinkedHashMap<>();
        private String url;
        private Path databaseDir;
        /** The on-disk database of a case that reloads it. */
        private Path diskDatabase;
        /** Once set, every further statement gets this verdict. */
        private Verdict remaining;

        Run(TestFile file, TestCase testCase) {
            this.file = file;
            this.testCase = testCase;
        }

        CaseResult execute() {
            try {
                DatasetSpec dataset = file.dataset();
                String unavailable = datasets.unavailableReason(dataset);
                if (unavailable != null) {
                    remaining = Verdict.notRunnable(unavailable);
                } else if (openDefaultConnection()) {
                    setUp(dataset);
                }
                for (CaseStep step : testCase.steps()) {
                    runStep(step);
                }
            } finally {
                closeConnections();
                deleteDatabaseDir();
                FileTrees.delete(diskDatabase);
            }
            return new CaseResult(file.path(), file.category(), testCase.name(), results);
        }

        private boolean openDefaultConnection() {
            if (testCase.reloadsDatabase()) {
                try {
                    diskDatabase = Files.createTempDirectory("kuzu-tck-disk");
                } catch (IOException e) {
                    remaining = Verdict.notRunnable("cannot create a database folder: " + e);
                    return false;
                }
                url = DISK_URL + diskDatabase.resolve("db");
            } else {
                url = testCase.usesSeveralConnections()
                        ? MEMORY_URL + "tck_" + SHARED_DATABASES.incrementAndGet() : MEMORY_URL;
            }
            Connection c = open();
            if (c == null) {
                return false;
            }
            connections.put(TestStatement.DEFAULT_CONNECTION, c);
            return true;
        }

        private Connection open() {
            try {
                return executor.call(() -> DriverManager.getConnection(url));
            } catch (Exception e) {
                remaining = Verdict.failed("cannot open " + url + ": " + e);
                return null;
            }
        }

        private void setUp(DatasetSpec dataset) {
            List<String> statements;
            try {
                statements = datasets.setupStatements(dataset);
            } catch (Exception e) {
                remaining = Verdict.notRunnable("cannot read data set " + dataset + ": " + e);
                return;
            }
            if (!runSetup(statements)) {
                datasets.recordFailedSetup(dataset, setupFailure);
                remaining = Verdict.notRunnable("data set setup failed: " + setupFailure);
            }
        }

        private String setupFailure;

        /** Runs setup statements on the default connection; false (with the reason) on failure. */
        private boolean runSetup(List<String> statements) {
            Connection c = connections.get(TestStatement.DEFAULT_CONNECTION);
            for (String statement : statements) {
                ExecutionOutcome outcome = executor.execute(c, statement);
                if (!outcome.succeeded()) {
                    setupFailure = ResultComparator.shorten(statement) + " -> "
                            + ResultComparator.shorten(outcome.failureSummary());
                    if (outcome.timedOut()) {
                        abandonConnections();
                    }
                    return false;
                }
            }
            return true;
        }

        private void runStep(CaseStep step) {
            if (step instanceof TestStatement statement) {
                runStatement(statement);
                return;
            }
            if (remaining != null) {
                return;
            }
            if (step instanceof CaseStep.ReloadDatabase) {
                reload();
            } else if (step instanceof CaseStep.FreshDatabase) {
                switchToFreshDatabase();
            } else if (step instanceof CaseStep.RemoveFile remove) {
                FileTrees.delete(Path.of(remove.path()));
            } else if (step instanceof CaseStep.Unsupported u) {
                remaining = Verdict.notRunnable("directive not supported by the runner: "
                        + u.directive() + " (line " + u.line() + ")");
            } else if (step instanceof CaseStep.CreateConnection cc) {
                if (!connections.containsKey(cc.name())) {
                    Connection c = open();
                    if (c != null) {
                        connections.put(cc.name(), c);
                    }
                }
            } else if (step instanceof CaseStep.CreateDatasetSchema schema) {
                try {
                    if (!runSetup(datasets.scriptStatements(schema.dataset(), "schema.cypher"))) {
                        remaining = Verdict.notRunnable("-CREATE_DATASET_SCHEMA failed: "
                                + setupFailure);
                    }
                } catch (Exception e) {
                    remaining = Verdict.notRunnable("cannot read schema of " + schema.dataset()
                            + ": " + e);
                }
            }
        }

        /** Closes every connection (the last close checkpoints the database) and reopens them. */
        /** {@code -IMPORT_DATABASE}: the case goes on, with the same connection names, on a new empty database. */
        private void switchToFreshDatabase() {
            List<String> names = new ArrayList<>(connections.keySet());
            closeConnections();
            url = diskDatabase != null ? DISK_URL + diskDatabase.resolve("db" + SHARED_DATABASES.incrementAndGet())
                    : MEMORY_URL + "tck_" + SHARED_DATABASES.incrementAndGet();
            reopen(names);
        }

        private void reload() {
            List<String> names = new ArrayList<>(connections.keySet());
            closeConnections();
            reopen(names);
        }

        private void reopen(List<String> names) {
            for (String name : names) {
                Connection c = open();
                if (c == null) {
                    return;
                }
                connections.put(name, c);
            }
        }

        private void runStatement(TestStatement statement) {
            if (remaining == null) {
                String missing = folder.missingFileNamedIn(statement.query());
                if (missing != null) {
                    remaining = Verdict.notRunnable("needs a file left out of kuzu-tests: "
                            + missing);
                }
            }
            if (remaining != null) {
                record(statement, remaining);
                return;
            }
            Connection c = connections.get(statement.connection());
            if (c == null) {
                record(statement, Verdict.notRunnable("connection " + statement.connection()
                        + " was not created"));
                return;
            }
            String query = folder.absolutizeDatasetPaths(statement.query());
            if (query.contains(DATABASE_PATH)) {
                try {
                    query = query.replace(DATABASE_PATH, databaseDir().toString());
                } catch (IOException e) {
                    record(statement, Verdict.notRunnable("cannot create a folder for "
                            + DATABASE_PATH + ": " + e));
                    return;
                }
            }
            if (PgConnectionStrings.attachesPostgres(query)) {
                try {
                    PostgresServer pg = postgres.server();
                    query = PgConnectionStrings.rewrite(query, pg.host(), pg.port(), pg.user(),
                            pg.password());
                } catch (Exception e) {
                    remaining = Verdict.notRunnable("no PostgreSQL server: " + e);
                    record(statement, remaining);
                    return;
                }
            }
            ExecutionOutcome outcome = executor.execute(c, query);
            Verdict verdict = comparator.compare(statement, outcome);
            record(statement, verdict);
            if (outcome.timedOut()) {
                abandonConnections();
                remaining = Verdict.failed("not run: the case's connection was abandoned after "
                        + "a statement timed out (line " + statement.line() + ")");
            }
        }

        /** The case's own folder standing for the database directory (files a case writes). */
        private Path databaseDir() throws IOException {
            if (databaseDir == null) {
                databaseDir = Files.createTempDirectory("kuzu-tck-db");
            }
            return databaseDir;
        }

        private void deleteDatabaseDir() {
            FileTrees.delete(databaseDir);
        }

        private void record(TestStatement statement, Verdict verdict) {
            results.add(new StatementResult(statement.line(), statement.query(), verdict));
        }

        private void abandonConnections() {
            List<Connection> all = new ArrayList<>(connections.values());
            connections.clear();
            closeInBackground(all);
        }

        private void closeConnections() {
            List<Connection> all = new ArrayList<>(connections.values());
            connections.clear();
            for (Connection c : all) {
                try {
                    executor.call(() -> {
                        c.close();
                        return null;
                    });
                } catch (Exception ignored) {
                    // a connection that does not close in time is left to the garbage collector
                }
            }
        }

        private void closeInBackground(List<Connection> all) {
            Thread t = new Thread(() -> {
                for (Connection c : all) {
                    try {
                        c.close();
                    } catch (Throwable ignored) {
                        // abandoned
                    }
                }
            }, "tck-abandon");
            t.setDaemon(true);
            t.start();
        }
    }
}
