package io.kuzujvm.tck.run;

import io.kuzujvm.tck.TckConfig;
import io.kuzujvm.tck.model.TestCase;
import io.kuzujvm.tck.model.TestFile;
import io.kuzujvm.tck.parse.TestFileParser;
import io.kuzujvm.tck.postgres.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs every selected .test file of the kuzu-tests folder, files in parallel. */
public final class SuiteRunner {

    private final TckConfig config;
    private final KuzuTestsFolder folder;
    private final Consumer<String> progress;
    private Path exportRoot;

    public SuiteRunner(TckConfig config, Consumer<String> progress) {
        this.config = config;
        this.folder = new KuzuTestsFolder(config.testsDir());
        this.progress = progress;
    }

    public SuiteResult run() {
        if (!Files.isDirectory(folder.root().resolve(KuzuTestsFolder.TEST_FILES))) {
            throw new IllegalStateException("kuzu-tests not found at " + folder.root()
                    + " (set -Dkuzu.tests.dir)");
        }
        long start = System.nanoTime();
        List<String> files = folder.testFiles().stream()
                .filter(f -> config.filter().map(p -> p.matcher(f).find()).orElse(true)).toList();
        DatasetCatalog datasets = new DatasetCatalog(folder);
        StatementExecutor executor = new StatementExecutor(config.timeout());
        ResultComparator comparator = new ResultComparator(folder.answersDir(),
                config.precisionTolerance());
        List<FileResult> results = new ArrayList<>();
        try {
            // Exports of one run never meet those of an earlier or a parallel run.
            exportRoot = Files.createTempDirectory("kuzu-tck-export");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (PostgresTestDatabase postgres = new PostgresTestDatabase(folder.root()
                .resolve(KuzuTestsFolder.POSTGRES_TEST_FILES).resolve("create_test_db.sql"),
                config.postgresVersion())) {
            CaseRunner cases = new CaseRunner(folder, datasets, executor, comparator, postgres);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.threads()), r -> {
                Thread t = new Thread(r, "tck-file");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileResult>> futures = new ArrayList<>();
                for (String file : files) {
                    futures.add(pool.submit(() -> runFile(file, cases)));
                }
                int done = 0;
                for (Future<FileResult> f : futures) {
                    results.add(f.get());
                    done++;
                    if (done % 50 == 0 || done == futures.size()) {
                        progress.accept("tck: " + done + "/" + futures.size() + " files");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("runner failure", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        } catch (IOException e) {
            progress.accept("tck: could not stop PostgreSQL: " + e);
        } finally {
            FileTrees.delete(exportRoot);
        }
        return new SuiteResult(results, Duration.ofNanos(System.nanoTime() - start));
    }

    private FileResult runFile(String path, CaseRunner cases) {
        String category = KuzuTestsFolder.categoryOf(path);
        String text;
        try {
            text = Files.readString(folder.root().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new FileResult(path, category, List.of(), "cannot read: " + e, 0);
        }
        TestFile file;
        try {
            file = parser(path).parse(path, category, text);
        } catch (Exception e) {
            return new FileResult(path, category, List.of(), e.getMessage(),
                    text.lines().filter(l -> l.strip().startsWith("-STATEMENT")).count());
        }
        List<CaseResult> results = new ArrayList<>();
        if (!file.skipped()) {
            for (TestCase c : file.cases()) {
                if (!c.skipped()) {
                    results.add(cases.run(file, c));
                }
            }
        }
        return new FileResult(path, category, results, null, 0);
    }

    private TestFileParser parser(String path) {
        Path exportDir = exportRoot.resolve(path.replace('/', '_'));
        return new TestFileParser(new TestFileParser.Options(Map.of(
                "KUZU_ROOT_DIRECTORY", folder.rootText(),
                "KUZU_VERSION", config.kuzuVersion(),
                "KUZU_EXPORT_DB_DIRECTORY", exportDir.toString()),
                KuzuTestsFolder.isPostgresFile(path)));
    }
}
