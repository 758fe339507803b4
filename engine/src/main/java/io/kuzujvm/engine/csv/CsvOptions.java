package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kùzu's CSV options (names case-insensitive): HEADER, DELIM/DELIMITER, QUOTE, ESCAPE, SKIP,
 * PARALLEL, IGNORE_ERRORS, AUTO_DETECT, SAMPLE_SIZE, NULL_STRINGS. Characters not given
 * explicitly are detected from the file when AUTO_DETECT is on (the default).
 */
public final class CsvOptions {

    public Boolean header;
    public byte delim = ',';
    public boolean delimSet;
    public byte quote = '"';
    public boolean quoteSet;
    public byte escape = '\\';
    public boolean escapeSet;
    public long skip;
    public boolean parallel = true;
    public boolean ignoreErrors;
    public boolean autoDetect = true;
    public int sampleSize = 256;
    public List<String> nullStrings = List.of("");
    /** LIST_UNBRACED: list fields may lack their brackets and separate elements with ';'. */
    public boolean listUnbraced;

    /** Options from literal values (String, Boolean, Number, List of String). */
    public static CsvOptions parse(Map<String, Object> values) {
        CsvOptions options = new CsvOptions();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String name = entry.getKey().toUpperCase(Locale.ROOT);
            Object value = entry.getValue();
            switch (name) {
                case "HEADER" -> options.header = bool(name, value);
                case "DELIM", "DELIMITER" -> {
                    options.delim = character(name, value);
                    options.delimSet = true;
                }
                case "QUOTE" -> {
                    options.quote = character(name, value);
                    options.quoteSet = true;
                }
                case "ESCAPE" -> {
                    options.escape = character(name, value);
                    options.escapeSet = true;
                }
                case "SKIP" -> options.skip = number(name, value);
                case "PARALLEL" -> options.parallel = bool(name, value);
                case "IGNORE_ERRORS" -> options.ignoreErrors = bool(name, value);
                case "AUTO_DETECT", "AUTODETECT" -> options.autoDetect = bool(name, value);
                case "LIST_UNBRACED" -> options.listUnbraced = bool(name, value);
                case "SAMPLE_SIZE" -> options.sampleSize = (int) Math.max(1, number(name, value));
                case "NULL_STRINGS" -> {
                    List<String> nulls = new ArrayList<>();
                    if (value instanceof List<?> list) {
                        list.forEach(v -> nulls.add(String.valueOf(v)));
                    } else {
                        nulls.add(String.valueOf(value));
                    }
                    options.nullStrings = nulls;
                }
                default -> throw KuzuException.binder("Unrecognized csv parsing option: " + name + ".");
            }
        }
        return options;
    }

    /** A boolean option value: true/false, their text, or 1/0 (as Kùzu reads them). */
    public static boolean bool(String name, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        // Kùzu reads the integers 1 and 0 as true and false, as in (HEADER 1).
        if ((value instanceof Long || value instanceof Integer) && ((Number) value).longValue() >> 1 == 0) {
            return ((Number) value).longValue() == 1;
        }
        throw KuzuException.binder("The type of csv parsing option " + name + " must be a boolean.");
    }

    private static long number(String name, Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        throw KuzuException.binder("The type of csv parsing option " + name + " must be a INT64.");
    }

    private static byte character(String name, Object value) {
        if (!(value instanceof String s)) {
            throw KuzuException.binder("The type of csv parsing option " + name + " must be a string.");
        }
        String text = s;
        if (text.length() == 2 && text.charAt(0) == '\\') {
            text = switch (text.charAt(1)) {
                case 't' -> "\t";
                case '\\' -> "\\";
                default -> text;
            };
        }
        if (text.length() != 1 || text.charAt(0) > 127) {
            throw KuzuException.binder("Copy csv option value must be a single character with an optional escape character.");
        }
        return (byte) text.charAt(0);
    }

    public boolean isNullString(String text) {
        return nullStrings.contains(text);
    }

    /** The effective dialect (after detection). */
    public CsvOptions withDialect(byte newDelim, byte newQuote, byte newEscape) {
        CsvOptions copy = copy();
        copy.delim = newDelim;
        copy.quote = newQuote;
        copy.escape = newEscape;
        return copy;
    }

    public CsvOptions copy() {
        CsvOptions c = new CsvOptions();
        c.header = header;
        c.delim = delim;
        c.delimSet = delimSet;
        c.quote = quote;
        c.quoteSet = quoteSet;
        c.escape = escape;
        c.escapeSet = escapeSet;
        c.skip = skip;
        c.parallel = parallel;
        c.ignoreErrors = ignoreErrors;
        c.autoDetect = autoDetect;
        c.sampleSize = sampleSize;
        c.nullStrings = nullStrings;
        c.listUnbraced = listUnbraced;
        return c;
    }
}
