package io.kuzujvm.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RatchetTest {

    @Test
    void regressionsAndUpdatesRespectTheFilesRun() {
        Set<String> ratchet = Set.of("a.test::1", "a.test::2", "b.test::1");
        Set<String> passing = Set.of("a.test::1", "a.test::3");
        assertEquals(Set.of("a.test::2", "b.test::1"),
                Ratchet.regressions(ratchet, passing, Set.of("a.test"), true));
        assertEquals(Set.of("a.test::2"),
                Ratchet.regressions(ratchet, passing, Set.of("a.test"), false));
        assertEquals(Set.of("a.test::3"), Ratchet.newPasses(ratchet, passing));
        assertEquals(Set.of("a.test::1", "a.test::3", "b.test::1"),
                Ratchet.updated(ratchet, passing, Set.of("a.test"), false));
        assertEquals(passing, Ratchet.updated(ratchet, passing, Set.of("a.test"), true));
    }
}
