package io.kuzujvm.tck.run;

import io.kuzujvm.tck.model.ExpectedResult;
import io.kuzujvm.tck.model.TestStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compares what a statement produced with what its {@code ----} blocks expect, as Kùzu's test
 * runner does: rows joined by {@code |}, sorted unless the order is checked, error messages
 * compared after trimming, hashes over the sorted lines.
 */
public final class ResultComparator {

    private static final int SHOWN = 160;

    private final Path answersDir;
    private final double relativeTolerance;

    /**
     * @param answersDir folder of {@code <FILE>:} answer files ({@code test/answers})
     * @param relativeTolerance for {@code -CHECK_PRECISION} floating point cells
     */
    public ResultComparator(Path answersDir, double relativeTolerance) {
        this.answersDir = answersDir;
        this.relativeTolerance = relativeTolerance;
    }

    public Verdict compare(TestStatement statement, ExecutionOutcome outcome) {
        if (outcome.timedOut()) {
            return Verdict.failed("timed out");
        }
        if (outcome.crash() != null) {
            return Verdict.failed("driver threw " + outcome.crash() + " instead of an SQLException");
        }
        List<ResultTable> results = outcome.results();
        for (int i = 0; i < results.size(); i++) {
            Verdict v = compareResult(statement, statement.resultAt(i), results.get(i));
            if (!v.isPassed()) {
                return results.size() > 1 ? new Verdict(v.status(), "result " + (i + 1) + ": "
                        + v.detail()) : v;
            }
        }
        if (outcome.error() != null) {
            return compareError(statement.resultAt(results.size()), outcome.error());
        }
        if (results.size() < statement.results().size()) {
            return Verdict.failed("expected " + statement.results().size() + " results, got "
                    + results.size());
        }
        return Verdict.passed();
    }

    private Verdict compareError(ExpectedResult expected, SQLException error) {
        String actual = error.getMessage() == null ? "" : error.getMessage().strip();
        if (expected instanceof ExpectedResult.Error e) {
            String want = e.message().strip();
            return actual.equals(want) ? Verdict.passed()
                    : Verdict.failed("wrong error: expected <" + shorten(want) + "> got <"
                            + shorten(actual) + ">");
        }
        if (expected instanceof ExpectedResult.ErrorRegex r) {
            try {
                return Pattern.compile(r.pattern().strip()).matcher(actual).matches()
                        ? Verdict.passed()
                        : Verdict.failed("error <" + shorten(actual) + "> does not match <"
                                + shorten(r.pattern()) + ">");
            } catch (PatternSyntaxException ex) {
                return Verdict.notRunnable("expected error regex is not a Java regex: "
                        + ex.getDescription());
            }
        }
        return Verdict.failed("unexpected error: " + shorten(actual));
    }

    private Verdict compareResult(TestStatement statement, ExpectedResult expected,
            ResultTable table) {
        if (expected instanceof ExpectedResult.Ok) {
            return Verdict.passed();
        }
        if (expected instanceof ExpectedResult.Error || expected instanceof ExpectedResult.ErrorRegex) {
            return Verdict.failed("expected an error, the statement succeeded");
        }
        if (!table.isResultSet()) {
            return Verdict.failed("expected rows, got an update count (" + table.updateCount() + ")");
        }
        List<String> actual = new ArrayList<>();
        if (statement.checkColumnNames()) {
            actual.add(table.renderedColumnNames());
        }
        actual.addAll(table.renderedRows());
        if (expected instanceof ExpectedResult.Hash h) {
            String md5 = ResultHasher.md5(actual, statement.checkOrder());
            if (md5.equalsIgnoreCase(h.md5())) {
                return Verdict.passed();
            }
            return Verdict.failed("hash mismatch: expected " + h.count() + " tuples hashed to "
                    + h.md5() + ", got " + table.rows().size() + " tuples hashed to " + md5);
        }
        List<String> want;
        if (expected instanceof ExpectedResult.Tuples t) {
            want = t.lines();
        } else if (expected instanceof ExpectedResult.TuplesFile f) {
            Path file = answersDir.resolve(f.file());
            if (!Files.isRegularFile(file)) {
                return Verdict.notRunnable("answer file missing: " + f.file());
            }
            try {
                want = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Verdict.notRunnable("cannot read answer file " + f.file() + ": " + e);
            }
        } else {
            throw new IllegalStateException("unknown expected result " + expected);
        }
        return compareLines(statement, want, actual, table);
    }

    private Verdict compareLines(TestStatement statement, List<String> expected,
            List<String> actual, ResultTable table) {
        List<String> want = new ArrayList<>(expected);
        List<String> got = new ArrayList<>(actual);
        if (want.size() != got.size()) {
            return Verdict.failed("expected " + want.size() + " lines, got " + got.size()
                    + firstDifference(sorted(want, statement), sorted(got, statement)));
        }
        if (statement.checkPrecision()) {
            return comparePrecisely(statement, expected, table);
        }
        want = sorted(want, statement);
        got = sorted(got, statement);
        if (want.equals(got)) {
            return Verdict.passed();
        }
        return Verdict.failed("rows differ" + firstDifference(want, got));
    }

    private static List<String> sorted(List<String> lines, TestStatement statement) {
        List<String> copy = new ArrayList<>(lines);
        if (!statement.checkOrder()) {
            copy.sort(ResultHasher.UTF8_ORDER);
        }
        return copy;
    }

    private Verdict comparePrecisely(TestStatement statement, List<String> expected,
            ResultTable table) {
        int offset = 0;
        if (statement.checkColumnNames()) {
            if (!expected.get(0).equals(table.renderedColumnNames())) {
                return Verdict.failed("column names differ: expected <" + shorten(expected.get(0))
                        + "> got <" + shorten(table.renderedColumnNames()) + ">");
            }
            offset = 1;
        }
        List<List<String>> rows = new ArrayList<>(table.rows());
        List<String> want = new ArrayList<>(expected.subList(offset, expected.size()));
        if (!statement.checkOrder()) {
            want.sort(ResultHasher.UTF8_ORDER);
            rows.sort((a, b) -> ResultHasher.UTF8_ORDER.compare(String.join("|", a),
                    String.join("|", b)));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String[] cells = want.get(r).split("\\|", -1);
            if (cells.length != row.size()) {
                return Verdict.failed("row " + (r + 1) + ": expected " + cells.length
                        + " values, got " + row.size());
            }
            for (int c = 0; c < cells.length; c++) {
                if (!cellMatches(cells[c], row.get(c), table.columnTypes().get(c))) {
                    return Verdict.failed("row " + (r + 1) + " column " + (c + 1) + ": expected <"
                            + cells[c] + "> got <" + row.get(c) + ">");
                }
            }
        }
        return Verdict.passed();
    }

    private boolean cellMatches(String expected, String actual, int sqlType) {
        if (expected.equals(actual)) {
            return true;
        }
        boolean floating = sqlType == Types.DOUBLE || sqlType == Types.FLOAT
                || sqlType == Types.REAL || sqlType == Types.DECIMAL || sqlType == Types.NUMERIC;
        if (!floating) {
            return false;
        }
        try {
            double x = Double.parseDouble(expected);
            double y = Double.parseDouble(actual);
            double scale = Math.max(Math.abs(x), Math.abs(y));
            return Math.abs(x - y) <= relativeTolerance * scale
                    || Math.abs(x - y) <= Double.MIN_NORMAL;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String firstDifference(List<String> want, List<String> got) {
        int n = Math.min(want.size(), got.size());
        for (int i = 0; i < n; i++) {
            if (!want.get(i).equals(got.get(i))) {
                return "; first difference at line " + (i + 1) + ": expected <"
                        + shorten(want.get(i)) + "> got <" + shorten(got.get(i)) + ">";
            }
        }
        if (want.size() > n) {
            return "; missing <" + shorten(want.get(n)) + ">";
        }
        if (got.size() > n) {
            return "; extra <" + shorten(got.get(n)) + ">";
        }
        return "";
    }

    static String shorten(String s) {
        String oneLine = s.replace("\n", "\\n");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "...";
    }
}
