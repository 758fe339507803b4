package io.kuzujvm.engine.export;

import io.kuzujvm.engine.csv.CsvOptions;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** COPY TO's CSV options: HEADER (default false), DELIM/DELIMITER (,), QUOTE ("), ESCAPE (the quote). */
public record CsvWriteOptions(boolean header, char delimiter, char quote, char escape) {

    private static final Set<String> NAMES = Set.of("HEADER", "DELIM", "DELIMITER", "QUOTE", "ESCAPE");

    /** Options from literal values, checked as COPY FROM checks them. */
    public static CsvWriteOptions parse(Map<String, Object> values) {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name.toUpperCase(Locale.ROOT))) {
                throw io.kuzujvm.engine.common.KuzuException.binder("Unrecognized csv export option: " + name
                        + ".");
            }
        }
        CsvOptions parsed = CsvOptions.parse(values);
        char quote = (char) parsed.quote;
        return new CsvWriteOptions(Boolean.TRUE.equals(parsed.header), (char) parsed.delim, quote,
                parsed.escapeSet ? (char) parsed.escape : quote);
    }
}
