package io.kuzujvm.tck.report;

import io.kuzujvm.tck.run.CaseResult;
import io.kuzujvm.tck.run.FileResult;
import io.kuzujvm.tck.run.StatementResult;
import io.kuzujvm.tck.run.SuiteResult;
import io.kuzujvm.tck.run.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The commonest reasons for failures and a file listing every statement that did not pass. */
public final class DetailReport {

    private static final int REASON_PREFIX = 90;

    private DetailReport() {}

    /** The most frequent failure (or not-runnable) reasons, shortened, with counts. */
    public static String topReasons(SuiteResult suite, Verdict.Status status, int limit) {
        Map<String, Long> counts = new HashMap<>();
        for (FileResult f : suite.files()) {
            if (status == Verdict.Status.NOT_RUNNABLE && f.parseError() != null) {
                counts.merge("file not parsable", f.unparsedStatements(), Long::sum);
            }
            for (CaseResult c : f.cases()) {
                for (StatementResult s : c.statements()) {
                    if (s.verdict().status() == status) {
                        counts.merge(normalize(s.verdict().detail()), 1L, Long::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> String.format("%7d  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    private static String normalize(String detail) {
        String d = detail.replaceAll("\\d+", "N");
        return d.length() <= REASON_PREFIX ? d : d.substring(0, REASON_PREFIX) + "...";
    }

    public static void write(SuiteResult suite, String table, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder sb = new StringBuilder(table).append('\n');
        for (FileResult f : suite.files()) {
            if (f.parseError() != null) {
                sb.append(f.file()).append(": NOT PARSABLE: ").append(f.parseError())
                        .append('\n');
            }
            for (CaseResult c : f.cases()) {
                List<StatementResult> bad = c.statements().stream()
                        .filter(s -> !s.verdict().isPassed()).toList();
                if (bad.isEmpty()) {
                    continue;
                }
                sb.append("== ").append(c.key()).append('\n');
                for (StatementResult s : bad) {
                    sb.append("  line ").append(s.line()).append(' ')
                            .append(s.verdict().status()).append(": ")
                            .append(s.verdict().detail().replace("\n", "\\n")).append('\n')
                            .append("    ").append(shorten(s.query())).append('\n');
                }
            }
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        String one = s.replace("\n", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "...";
    }
}
