package io.kuzujvm.tck.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Everything a run produced. */
public record SuiteResult(List<FileResult> files, Duration elapsed) {

    public SuiteResult {
        files = List.copyOf(files);
    }

    /** Keys of the cases whose statements all passed. */
    public Set<String> passingCases() {
        Set<String> keys = new TreeSet<>();
        for (FileResult f : files) {
            for (CaseResult c : f.cases()) {
                if (c.allPassed()) {
                    keys.add(c.key());
                }
            }
        }
        return keys;
    }

    /** {@code <case key>:<line>} of every statement that passed. */
    public Set<String> passingStatements() {
        Set<String> keys = new TreeSet<>();
        for (FileResult f : files) {
            for (CaseResult c : f.cases()) {
                c.statements().stream().filter(s -> s.verdict().isPassed())
                        .forEach(s -> keys.add(c.key() + ":" + s.line()));
            }
        }
        return keys;
    }

    /** Paths of the files that were run. */
    public Set<String> filesRun() {
        Set<String> paths = new TreeSet<>();
        files.forEach(f -> paths.add(f.file()));
        return paths;
    }
}
