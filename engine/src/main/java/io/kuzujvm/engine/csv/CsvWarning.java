package io.kuzujvm.engine.csv;

/** A skipped row of a COPY / LOAD FROM with IGNORE_ERRORS (Kùzu's show_warnings() columns). */
public record CsvWarning(long queryId, String message, String filePath, long lineNumber, String skippedLineOrRecord) {
}
