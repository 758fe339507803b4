package io.kuzujvm.tck.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kuzujvm.tck.TckConfig;
import io.kuzujvm.tck.TckRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The postgres extension's own kuzu-tests cases on every PostgreSQL version we ship binaries of:
 * each version passes exactly the statements the newest one passes, and the ratchet's cases.
 */
class PostgresVersionsTest {

    private static final Pattern EXTENSION_CASES = Pattern.compile("^extension/postgres/");

    private static String newest;
    private static TckRun.Outcome onNewest;

    static List<String> versions() {
        return PostgresBinaries.versions();
    }

    @BeforeAll
    static void runOnNewest() throws Exception {
        List<String> versions = versions();
        newest = versions.get(versions.size() - 1);
        onNewest = run(newest);
    }

    @Test
    void theFourSupportedMajorsAreThere() {
        assertEquals(List.of(14, 15, 16, 17), versions().stream().map(PostgresBinaries::major).toList());
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void extensionCasesPassAlike(String version) throws Exception {
        Assumptions.assumeTrue(System.getenv(PostgresServer.URL_ENV) == null,
                "an external server has one version only");
        TckRun.Outcome outcome = version.equals(newest) ? onNewest : run(version);
        Set<String> passingOnNewest = onNewest.suite().passingStatements();
        assertFalse(passingOnNewest.isEmpty(), "nothing passes on the newest version");
        assertTrue(outcome.regressions().isEmpty(), () -> "ratchet cases fail on PostgreSQL "
                + version + ": " + outcome.regressions());
        Set<String> missing = new TreeSet<>(passingOnNewest);
        missing.removeAll(outcome.suite().passingStatements());
        assertTrue(missing.isEmpty(), () -> "pass on the newest version only: " + missing);
    }

    private static TckRun.Outcome run(String version) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            return TckRun.run(TckConfig.fromSystemProperties().restrictedTo(EXTENSION_CASES, version), out);
        }
    }
}
