package io.kuzujvm.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs the whole kuzu-tests suite once through the JDBC driver, prints the per-category table
 * and fails when a case listed in ratchet.txt no longer passes. With
 * {@code -Dtck.updateRatchet=true} it rewrites ratchet.txt instead.
 */
class TckRatchetTest {

    @Test
    void ratchetCasesStillPass() throws Exception {
        TckRun.Outcome outcome = TckRun.run(TckConfig.fromSystemProperties(), System.out);
        assertTrue(outcome.regressions().isEmpty(), () -> outcome.regressions().size()
                + " case(s) of ratchet.txt no longer pass:\n  "
                + String.join("\n  ", outcome.regressions()));
    }
}
