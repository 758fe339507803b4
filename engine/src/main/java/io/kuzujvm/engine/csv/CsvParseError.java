package io.kuzujvm.engine.csv;

/** A record the parser cannot read: Kùzu's reason, the record text as Kùzu shows it, its local line. */
final class CsvParseError extends RuntimeException {

    final String reason;
    final String recordText;
    final long localLine;

    CsvParseError(String reason, String recordText, long localLine) {
        super(reason, null, false, false);
        this.reason = reason;
        this.recordText = recordText;
        this.localLine = localLine;
    }
}
