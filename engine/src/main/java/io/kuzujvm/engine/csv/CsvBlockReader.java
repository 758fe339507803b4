package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the records of one parser (a whole file or one block of it) into data chunks,
 * converting each field into its column's vector. Line numbers are local to the parser's
 * start; the owner adds the lines before it.
 */
final class CsvBlockReader {

    /** A bad row: Kùzu's reason, the local line (1-based from the parser's start), the record text. */
    record Problem(String reason, long localLine, String record) {
    }

    /** Thrown when a row is bad and errors are not ignored. */
    static final class RowFailure extends RuntimeException {
        final Problem problem;

        RowFailure(Problem problem) {
            super(problem.reason(), null, false, false);
            this.problem = problem;
        }
    }

    private final CsvParser parser;
    private final List<LogicalType> types;
    private final CsvOptions options;
    private final List<Problem> warnings = new ArrayList<>();
    private boolean done;

    CsvBlockReader(CsvParser parser, List<LogicalType> types, CsvOptions options) {
        this.parser = parser;
        this.types = types;
        this.options = options;
    }

    /** Kùzu's reason for a record with another number of fields than the columns. */
    static String columnCountReason(int numColumns, int fields) {
        return fields > numColumns ? "expected " + numColumns + " values per row, but got more."
                : "expected " + numColumns + " values per row, but got " + fields + ".";
    }

    /** Problems of skipped rows so far (IGNORE_ERRORS); drained by the caller. */
    List<Problem> drainWarnings() {
        List<Problem> copy = new ArrayList<>(warnings);
        warnings.clear();
        return copy;
    }

    /** The next chunk of up to 2048 rows, or null at the end. */
    DataChunk nextChunk() {
        if (done) {
            return null;
        }
        DataChunk chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
        int numColumns = types.size();
        int row = 0;
        while (row < DataChunk.CAPACITY) {
            int n;
            try {
                n = parser.next();
            } catch (CsvParseError e) {
                fail(new Problem(e.reason, e.localLine + 1, e.recordText));
                parser.skipLine();
                continue;
            }
            if (n < 0) {
                done = true;
                break;
            }
            if (n == 0) {
                if (numColumns == 1) {
                    chunk.vector(0).setNull(row, true);
                    row++;
                }
                continue;
            }
            if (n != numColumns && !(n == numColumns + 1 && parser.trailingDelimiter())) {
                fail(new Problem(columnCountReason(numColumns, n), parser.recordLine() + 1, parser.recordText()));
                continue;
            }
            int column = 0;
            try {
                for (; column < numColumns; column++) {
                    CsvFieldConverter.convert(parser, column, chunk.vector(column), row, options);
                }
            } catch (CsvFieldConverter.CsvConversionError e) {
                fail(new Problem(e.getMessage(), parser.recordLine() + 1, parser.recordTextUpToField(column)));
                continue;
            }
            row++;
        }
        if (row == 0 && done) {
            return null;
        }
        chunk.setDense(row);
        return chunk;
    }

    private void fail(Problem problem) {
        if (!options.ignoreErrors) {
            done = true;
            throw new RowFailure(problem);
        }
        warnings.add(problem);
    }
}
