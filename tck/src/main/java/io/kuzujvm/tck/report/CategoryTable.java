package io.kuzujvm.tck.report;

import io.kuzujvm.tck.run.CaseResult;
import io.kuzujvm.tck.run.FileResult;
import io.kuzujvm.tck.run.SuiteResult;
import io.kuzujvm.tck.run.Verdict;
import java.util.Map;
import java.util.TreeMap;

/** Per-category counts of statements passed, failed and not runnable, with totals. */
public final class CategoryTable {

    /** Counts of one category. */
    public static final class Counts {
        long files;
        long cases;
        long passingCases;
        long passed;
        long failed;
        long notRunnable;

        void add(Counts o) {
            files += o.files;
            cases += o.cases;
            passingCases += o.passingCases;
            passed += o.passed;
            failed += o.failed;
            notRunnable += o.notRunnable;
        }

        public long passed() {
            return passed;
        }

        public long failed() {
            return failed;
        }

        public long notRunnable() {
            return notRunnable;
        }

        public long total() {
            return passed + failed + notRunnable;
        }
    }

    private final Map<String, Counts> byCategory = new TreeMap<>();
    private final Counts totals = new Counts();

    public CategoryTable(SuiteResult suite) {
        for (FileResult f : suite.files()) {
            Counts c = byCategory.computeIfAbsent(f.category(), k -> new Counts());
            c.files++;
            c.notRunnable += f.unparsedStatements();
            for (CaseResult cr : f.cases()) {
                c.cases++;
                c.passingCases += cr.allPassed() ? 1 : 0;
                c.passed += cr.count(Verdict.Status.PASSED);
                c.failed += cr.count(Verdict.Status.FAILED);
                c.notRunnable += cr.count(Verdict.Status.NOT_RUNNABLE);
            }
        }
        byCategory.values().forEach(totals::add);
    }

    public Map<String, Counts> byCategory() {
        return byCategory;
    }

    public Counts totals() {
        return totals;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        String format = "%-20s %6s %6s %8s %8s %8s %8s %8s %7s%n";
        sb.append(String.format(format, "category", "files", "cases", "cases ok", "passed",
                "failed", "not run", "total", "pass %"));
        byCategory.forEach((name, c) -> sb.append(row(format, name, c)));
        sb.append(row(format, "TOTAL", totals));
        return sb.toString();
    }

    private static String row(String format, String name, Counts c) {
        String pct = c.total() == 0 ? "-" : String.format("%.1f", 100.0 * c.passed / c.total());
        return String.format(format, name, c.files, c.cases, c.passingCases, c.passed, c.failed,
                c.notRunnable, c.total(), pct);
    }
}
