package io.kuzujvm.tck.model;

import java.util.List;

/** One {@code -CASE}: steps run in order on a fresh database. */
public record TestCase(String name, boolean skipped, List<CaseStep> steps, int line) {

    public TestCase {
        steps = List.copyOf(steps);
    }

    public long statementCount() {
        return steps.stream().filter(s -> s instanceof TestStatement).count();
    }

    /** True when the case opens connections beyond the default one. */
    public boolean usesSeveralConnections() {
        return steps.stream().anyMatch(s -> s instanceof CaseStep.CreateConnection
                || (s instanceof TestStatement t
                        && !t.connection().equals(TestStatement.DEFAULT_CONNECTION)));
    }

    /** True when the case reloads its database ({@code -RELOADDB}), so it needs one on disk. */
    public boolean reloadsDatabase() {
        return steps.stream().anyMatch(s -> s instanceof CaseStep.ReloadDatabase);
    }
}
