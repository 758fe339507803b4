package io.kuzujvm.tck.model;

import java.util.List;

/** What one result of a statement must look like (the block after a {@code ----} line). */
public sealed interface ExpectedResult {

    /** {@code ---- ok}: the statement succeeds, whatever it returns. */
    record Ok() implements ExpectedResult {}

    /** {@code ---- error}: the statement fails with this message (lines joined by newline). */
    record Error(String message) implements ExpectedResult {}

    /** {@code ---- error(regex)}: the statement fails with a message matching this regex. */
    record ErrorRegex(String pattern) implements ExpectedResult {}

    /** {@code ---- N}: N result lines, columns joined by {@code |}. */
    record Tuples(int count, List<String> lines) implements ExpectedResult {
        public Tuples {
            lines = List.copyOf(lines);
        }
    }

    /** {@code ---- N} followed by {@code <FILE>:name}: the lines are in an answer file. */
    record TuplesFile(int count, String file) implements ExpectedResult {}

    /** {@code ---- hash}: a row count and the MD5 of the rendered rows. */
    record Hash(int count, String md5) implements ExpectedResult {}
}
