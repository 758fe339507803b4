package io.kuzujvm.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoStepTest {

    @Test
    void masksPasswordButKeepsTheRest() {
        DemoStep step = DemoStep.of("ATTACH 'dbname=u user=postgres password=secret port=5' AS uw (dbtype 'postgres');");
        assertEquals("ATTACH 'dbname=u user=postgres password=*** port=5' AS uw (dbtype 'postgres');", step.shown());
        assertTrue(step.statement().contains("password=secret"));
    }

    @Test
    void masksPasswordAtEndOfConnectionString() {
        assertEquals("ATTACH 'host=h password=***' AS uw", DemoStep.maskPasswords("ATTACH 'host=h password=x' AS uw"));
    }

    @Test
    void stepsFollowKuzusExample() {
        List<DemoStep> steps = DemoSteps.postgresExample(6543);
        assertEquals(11, steps.size());
        assertEquals("INSTALL postgres_scanner;", steps.get(0).statement());
        assertEquals("ATTACH 'dbname=university user=postgres host=localhost password=postgres port=6543'"
                + " AS uw (dbtype 'postgres');", steps.get(2).statement());
        assertEquals("ATTACH 'dbname=university user=postgres host=localhost password=*** port=6543'"
                + " AS uw (dbtype 'postgres');", steps.get(2).shown());
        assertEquals("EXPLAIN LOAD FROM uw.person WHERE age > 25 RETURN name;", steps.get(5).statement());
        assertEquals("DETACH uw;", steps.get(10).statement());
        assertEquals("DETACH uw", steps.get(10).executed());
        for (DemoStep step : steps) {
            assertEquals(step.statement(), step.executed() + ";");
        }
    }
}
