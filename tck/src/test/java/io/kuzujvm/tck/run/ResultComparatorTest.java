package io.kuzujvm.tck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kuzujvm.tck.model.ExpectedResult;
import io.kuzujvm.tck.model.TestStatement;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparatorTest {

    private final ResultComparator comparator = new ResultComparator(Path.of("/nonexistent"), 1e-6);

    private static TestStatement statement(boolean order, boolean names, boolean precision,
            ExpectedResult... expected) {
        return new TestStatement(TestStatement.DEFAULT_CONNECTION, "RETURN 1", List.of(expected),
                order, names, precision, null, 1);
    }

    @SafeVarargs
    private static ResultTable table(List<String> names, List<Integer> types, List<String>... rows) {
        return new ResultTable(names, types, List.of(rows), -1);
    }

    private static ExecutionOutcome ok(ResultTable... tables) {
        return new ExecutionOutcome(List.of(tables), null, null, false);
    }

    private static ExecutionOutcome error(String message) {
        return new ExecutionOutcome(List.of(), new SQLException(message), null, false);
    }

    private static final ResultTable AB = table(List.of("x", "y"),
            List.of(Types.VARCHAR, Types.BIGINT), List.of("b", "2"), List.of("a", ""));

    @Test
    void rowsCompareWithoutOrderUnlessChecked() {
        ExpectedResult rows = new ExpectedResult.Tuples(2, List.of("a|", "b|2"));
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(statement(false, false, false, rows), ok(AB)).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(true, false, false, rows), ok(AB)).status());
        ExpectedResult wrong = new ExpectedResult.Tuples(2, List.of("a|", "b|3"));
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(false, false, false, wrong), ok(AB)).status());
        ExpectedResult fewer = new ExpectedResult.Tuples(1, List.of("a|"));
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(false, false, false, fewer), ok(AB)).status());
    }

    @Test
    void columnNamesLine() {
        ExpectedResult rows = new ExpectedResult.Tuples(3, List.of("x|y", "b|2", "a|"));
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(statement(true, true, false, rows), ok(AB)).status());
        ExpectedResult bad = new ExpectedResult.Tuples(3, List.of("x|z", "b|2", "a|"));
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(true, true, false, bad), ok(AB)).status());
    }

    @Test
    void errorsCompareTrimmedMessages() {
        ExpectedResult e = new ExpectedResult.Error("Binder exception: x\nmore");
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(statement(false, false, false, e),
                        error("Binder exception: x\nmore  \n")).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(false, false, false, e),
                        error("Binder exception: y")).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(false, false, false, e), ok(AB)).status());
        assertEquals(Verdict.Status.FAILED, comparator.compare(
                statement(false, false, false, new ExpectedResult.Ok()), error("boom")).status());
        ExpectedResult regex = new ExpectedResult.ErrorRegex("Binder exception: .*");
        assertEquals(Verdict.Status.PASSED, comparator.compare(
                statement(false, false, false, regex), error("Binder exception: zz")).status());
        assertEquals(Verdict.Status.FAILED, comparator.compare(
                statement(false, false, false, regex), error("Runtime exception: zz")).status());
    }

    @Test
    void hashIsMd5OfSortedLines() {
        // printf 'a|\nb|2\n' | md5sum
        String md5 = ResultHasher.md5(List.of("b|2", "a|"), false);
        assertEquals(ResultHasher.md5(List.of("a|", "b|2"), true), md5);
        ExpectedResult hash = new ExpectedResult.Hash(2, md5);
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(statement(false, false, false, hash), ok(AB)).status());
        ExpectedResult other = new ExpectedResult.Hash(2, "00000000000000000000000000000000");
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(false, false, false, other), ok(AB)).status());
    }

    @Test
    void knownMd5() {
        // md5("a\n") from coreutils: 60b725f10c9c85c70d97880dfe8191b3
        assertEquals("60b725f10c9c85c70d97880dfe8191b3", ResultHasher.md5(List.of("a"), true));
    }

    @Test
    void sortingIsByUtf8Bytes() {
        // U+FF5E (EF BD 9E) sorts before U+1F600 (F0 9F 98 80) by UTF-8 bytes, as in Kùzu,
        // although its UTF-16 unit FF5E is greater than the surrogate D83D.
        String cjk = "\uFF5E";
        String emoji = "\uD83D\uDE00";
        assertEquals(-1, Integer.signum(ResultHasher.UTF8_ORDER.compare(cjk, emoji)));
    }

    @Test
    void precisionToleratesSmallDifferences() {
        ResultTable t = table(List.of("a", "b"), List.of(Types.DOUBLE, Types.BIGINT),
                List.of("36.86666666666667", "3"));
        ExpectedResult close = new ExpectedResult.Tuples(1, List.of("36.866667|3"));
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(statement(true, false, true, close), ok(t)).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(true, false, false, close), ok(t)).status());
        ExpectedResult far = new ExpectedResult.Tuples(1, List.of("36.87|3"));
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(statement(true, false, true, far), ok(t)).status());
    }

    @Test
    void severalResultsAndTimeouts() {
        TestStatement two = statement(false, false, false, new ExpectedResult.Ok(),
                new ExpectedResult.Tuples(2, List.of("a|", "b|2")));
        assertEquals(Verdict.Status.PASSED,
                comparator.compare(two, ok(ResultTable.updateCount(0), AB)).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(two, ok(ResultTable.updateCount(0))).status());
        assertEquals(Verdict.Status.FAILED,
                comparator.compare(two, ExecutionOutcome.timeout()).status());
        assertEquals(Verdict.Status.FAILED, comparator.compare(two,
                ExecutionOutcome.crashed(new IllegalStateException("x"))).status());
    }

    @Test
    void missingAnswerFileIsNotRunnable() {
        ExpectedResult file = new ExpectedResult.TuplesFile(2, "answer.txt");
        assertEquals(Verdict.Status.NOT_RUNNABLE,
                comparator.compare(statement(false, false, false, file), ok(AB)).status());
    }
}
