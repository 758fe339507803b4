package io.kuzujvm.tck.run;

import java.util.List;

/**
 * The results of one file's cases. A file that cannot be parsed has a parse error and counts its
 * {@code -STATEMENT} lines as not runnable.
 */
public record FileResult(String file, String category, List<CaseResult> cases, String parseError,
        long unparsedStatements) {

    public FileResult {
        cases = List.copyOf(cases);
    }
}
