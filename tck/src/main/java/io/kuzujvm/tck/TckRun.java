package io.kuzujvm.tck;

import io.kuzujvm.tck.report.CategoryTable;
import io.kuzujvm.tck.report.DetailReport;
import io.kuzujvm.tck.report.Ratchet;
import io.kuzujvm.tck.run.SuiteResult;
import io.kuzujvm.tck.run.SuiteRunner;
import io.kuzujvm.tck.run.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/**
 * One run of the suite as the build and people use it: runs the files, prints the per-category
 * table and the commonest failure reasons, writes the detailed report, then checks or rewrites
 * the ratchet.
 */
public final class TckRun {

    /** What the ratchet check found. */
    public record Outcome(SuiteResult suite, CategoryTable table, Set<String> regressions,
            Set<String> newPasses) {}

    private TckRun() {}

    public static Outcome run(TckConfig config, PrintStream out) throws IOException {
        out.println("tck: kuzu-tests at " + config.testsDir() + ", timeout "
                + config.timeout().toMillis() + " ms, " + config.threads() + " thread(s)"
                + config.filter().map(p -> ", filter " + p).orElse(""));
        SuiteResult suite = new SuiteRunner(config, out::println).run();
        CategoryTable table = new CategoryTable(suite);
        String rendered = table.render();
        out.println();
        out.print(rendered);
        out.printf("(%d files in %.1f s)%n", suite.files().size(),
                suite.elapsed().toMillis() / 1000.0);
        out.println();
        out.println("Most frequent failure reasons:");
        out.println(DetailReport.topReasons(suite, Verdict.Status.FAILED, 15));
        out.println("Most frequent not-runnable reasons:");
        out.println(DetailReport.topReasons(suite, Verdict.Status.NOT_RUNNABLE, 10));
        try {
            DetailReport.write(suite, rendered, config.report());
            out.println("Details: " + config.report());
        } catch (IOException e) {
            out.println("Could not write " + config.report() + ": " + e);
        }

        boolean wholeSuite = config.filter().isEmpty();
        Set<String> ratchet = Ratchet.read(config.ratchet());
        Set<String> passing = suite.passingCases();
        Set<String> regressions = Ratchet.regressions(ratchet, passing, suite.filesRun(),
                wholeSuite);
        Set<String> newPasses = Ratchet.newPasses(ratchet, passing);
        if (config.updateRatchet()) {
            Set<String> updated = Ratchet.updated(ratchet, passing, suite.filesRun(), wholeSuite);
            Ratchet.write(config.ratchet(), updated);
            out.println("Ratchet rewritten: " + config.ratchet() + " (" + updated.size()
                    + " cases)");
            return new Outcome(suite, table, Set.of(), newPasses);
        }
        if (!newPasses.isEmpty()) {
            out.println(newPasses.size() + " case(s) pass that are not in " + config.ratchet()
                    + " (add them with -Dtck.updateRatchet=true):");
            newPasses.forEach(k -> out.println("  + " + k));
        }
        if (!regressions.isEmpty()) {
            out.println(regressions.size() + " ratchet case(s) no longer pass:");
            regressions.forEach(k -> out.println("  - " + k));
        }
        return new Outcome(suite, table, regressions, newPasses);
    }
}
