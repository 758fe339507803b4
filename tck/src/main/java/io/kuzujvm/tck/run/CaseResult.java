package io.kuzujvm.tck.run;

import java.util.List;

/** The verdicts on one case's statements. */
public record CaseResult(String file, String category, String name,
        List<StatementResult> statements) {

    public CaseResult {
        statements = List.copyOf(statements);
    }

    /** {@code <path relative to kuzu-tests>::<case name>}, as in the ratchet file. */
    public String key() {
        return file + "::" + name;
    }

    /** Every statement passed, and there was at least one. */
    public boolean allPassed() {
        return !statements.isEmpty() && statements.stream().allMatch(s -> s.verdict().isPassed());
    }

    public long count(Verdict.Status status) {
        return statements.stream().filter(s -> s.verdict().status() == status).count();
    }
}
