package io.kuzujvm.tck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of a run, from system properties:
 * <ul>
 *   <li>{@code kuzu.tests.dir}: the kuzu-tests folder (default: {@code ../shared/kuzu-tests}
 *       from the repository root, searched upwards from the working directory)</li>
 *   <li>{@code tck.timeoutSeconds}: per-statement time limit (default 10)</li>
 *   <li>{@code tck.threads}: files run in parallel (default: available processors)</li>
 *   <li>{@code tck.filter}: a regex; only test files whose relative path it finds run</li>
 *   <li>{@code tck.ratchet}: the ratchet file (default {@code <basedir>/ratchet.txt})</li>
 *   <li>{@code tck.updateRatchet}: {@code true} rewrites the ratchet file</li>
 *   <li>{@code tck.report}: detailed report file (default {@code <basedir>/target/tck-report.txt})</li>
 *   <li>{@code tck.precisionTolerance}: relative tolerance of {@code -CHECK_PRECISION} (1e-6)</li>
 *   <li>{@code tck.kuzuVersion}: value of {@code ${KUZU_VERSION}} (default 0.11.2)</li>
 *   <li>{@code tck.postgresVersion}: the embedded PostgreSQL version of the postgres extension's
 *       cases, e.g. {@code 15.14.0} (default: the binaries on the classpath)</li>
 * </ul>
 */
public record TckConfig(Path testsDir, Duration timeout, int threads, Optional<Pattern> filter,
        Path ratchet, boolean updateRatchet, Path report, double precisionTolerance,
        String kuzuVersion, Optional<String> postgresVersion) {

    public static TckConfig fromSystemProperties() {
        Path base = baseDir();
        String filter = System.getProperty("tck.filter", "");
        return new TckConfig(
                testsDir(base),
                Duration.ofMillis((long) (Double.parseDouble(
                        System.getProperty("tck.timeoutSeconds", "10")) * 1000)),
                Integer.getInteger("tck.threads", Runtime.getRuntime().availableProcessors()),
                filter.isBlank() ? Optional.empty() : Optional.of(Pattern.compile(filter)),
                Path.of(System.getProperty("tck.ratchet", base.resolve("ratchet.txt").toString())),
                Boolean.getBoolean("tck.updateRatchet"),
                Path.of(System.getProperty("tck.report",
                        base.resolve("target/tck-report.txt").toString())),
                Double.parseDouble(System.getProperty("tck.precisionTolerance", "1e-6")),
                System.getProperty("tck.kuzuVersion", "0.11.2"),
                Optional.ofNullable(System.getProperty("tck.postgresVersion")).filter(v -> !v.isBlank()));
    }

    /** Only the files whose path the pattern finds, against the given PostgreSQL version. */
    public TckConfig restrictedTo(Pattern files, String pgVersion) {
        return new TckConfig(testsDir, timeout, threads, Optional.of(files), ratchet, false,
                report.resolveSibling("tck-report-pg" + pgVersion + ".txt"), precisionTolerance,
                kuzuVersion, Optional.of(pgVersion));
    }

    public TckConfig withUpdateRatchet(boolean update) {
        return new TckConfig(testsDir, timeout, threads, filter, ratchet, update, report,
                precisionTolerance, kuzuVersion, postgresVersion);
    }

    /** The tck module's folder: surefire's basedir, else ./tck when run from the root. */
    private static Path baseDir() {
        String basedir = System.getProperty("basedir");
        if (basedir != null && !basedir.isBlank()) {
            return Path.of(basedir);
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("tck/pom.xml"))) {
            return cwd.resolve("tck");
        }
        return cwd;
    }

    private static Path testsDir(Path base) {
        String configured = System.getProperty("kuzu.tests.dir");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = base.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/kuzu-tests").normalize();
            if (Files.isDirectory(candidate.resolve("test/test_files"))) {
                return candidate;
            }
        }
        return base.resolve("../../shared/kuzu-tests").toAbsolutePath().normalize();
    }
}
