package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.IntegerBounds;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueParser;
import io.kuzujvm.engine.vector.ValueVector;

/** Converts a field of a parsed record straight into a vector position (fast paths for common types). */
final class CsvFieldConverter {

    private CsvFieldConverter() {
    }

    /** Writes field {@code i} into {@code vector} at {@code row}; throws a Conversion exception's text as CsvConversionError. */
    static void convert(CsvParser parser, int i, ValueVector vector, int row, CsvOptions options) {
        int s = parser.fieldStart(i);
        int e = parser.fieldEnd(i);
        LogicalType type = vector.type();
        if (s == e) {
            vector.setNull(row, true);
            return;
        }
        if (options.nullStrings.size() != 1 || !options.nullStrings.get(0).isEmpty()) {
            if (options.isNullString(parser.fieldString(i))) {
                vector.setNull(row, true);
                return;
            }
        }
        if (options.listUnbraced && type.id() == io.kuzujvm.engine.types.TypeId.LIST) {
            try {
                vector.setValue(row, unbracedList(parser.fieldString(i), type, ';'));
            } catch (KuzuException ex) {
                throw new CsvConversionError(stripKind(ex));
            }
            return;
        }
        byte[] buf = parser.buffer();
        switch (type.id()) {
            case STRING -> vector.setObject(row, utf8String(parser, i));
            case INT8, INT16, INT32, INT64, SERIAL, UINT8, UINT16, UINT32 -> {
                if (!parser.fieldEscaped(i)) {
                    long v = parseLong(buf, s, e);
                    // MIN_VALUE means "not a plain integer": the general parser below decides.
                    if (v != Long.MIN_VALUE) {
                        checkRange(v, type, parser, i);
                        vector.setLong(row, v);
                        return;
                    }
                }
                Object value = viaValueParser(parser.fieldString(i), type);
                checkRange(((Number) value).longValue(), type, parser, i);
                vector.setLong(row, ((Number) value).longValue());
            }
            case DOUBLE -> {
                String text = parser.fieldString(i);
                try {
                    vector.setDouble(row, Double.parseDouble(text.trim()));
                } catch (NumberFormatException ex) {
                    vector.setValue(row, viaValueParser(text, type));
                }
            }
            case DATE -> {
                java.time.LocalDate date = parser.fieldEscaped(i) ? null : plainDate(buf, s, e);
                vector.setObject(row, date != null ? date : viaValueParser(parser.fieldString(i), type));
            }
            default -> vector.setValue(row, viaValueParser(parser.fieldString(i), type));
        }
    }

    /**
     * A list under LIST_UNBRACED: the brackets are optional and elements are separated by
     * {@code separator} (';' at the top, ',' within); list elements are read the same way.
     */
    static java.util.List<Object> unbracedList(String text, LogicalType type, char separator) {
        String body = text.trim();
        if (body.length() >= 2 && body.charAt(0) == '[' && closingBracket(body) == body.length() - 1) {
            body = body.substring(1, body.length() - 1);
        }
        LogicalType child = type.children().get(0);
        java.util.List<Object> values = new java.util.ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int p = 0; p <= body.length(); p++) {
            char c = p < body.length() ? body.charAt(p) : separator;
            if (p < body.length() && quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (p < body.length() && (c == '"' || c == '\'')) {
                quote = c;
            } else if (p < body.length() && (c == '[' || c == '{' || c == '(')) {
                depth++;
            } else if (p < body.length() && (c == ']' || c == '}' || c == ')')) {
                depth--;
            } else if (c == separator && depth <= 0) {
                String element = body.substring(start, Math.min(p, body.length())).trim();
                start = p + 1;
                if (element.isEmpty()) {
                    values.add(null);
                } else if (child.id() == io.kuzujvm.engine.types.TypeId.LIST) {
                    values.add(unbracedList(element, child, ','));
                } else {
                    values.add(ValueParser.parse(element, child));
                }
            }
        }
        return values;
    }

    /** The position of the bracket closing the one text starts with, or -1. */
    private static int closingBracket(String text) {
        int depth = 0;
        char quote = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    private static final int CACHED_FIRST_YEAR = 1900;
    private static final int CACHED_YEARS = 250;
    /** Dates of 1900..2149 by (year, month, day), shared: a column of dates holds few distinct values. */
    private static final java.time.LocalDate[] DATES = new java.time.LocalDate[CACHED_YEARS * 12 * 31];

    /** A {@code YYYY-MM-DD} date in the cached years, or null for anything else (the general parser decides). */
    private static java.time.LocalDate plainDate(byte[] buf, int s, int e) {
        if (e - s != 10 || buf[s + 4] != '-' || buf[s + 7] != '-') {
            return null;
        }
        int year = digits(buf, s, 4);
        int month = digits(buf, s + 5, 2);
        int day = digits(buf, s + 8, 2);
        if (year < CACHED_FIRST_YEAR || year >= CACHED_FIRST_YEAR + CACHED_YEARS || month < 1 || month > 12
                || day < 1 || day > 31) {
            return null;
        }
        int index = ((year - CACHED_FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
        java.time.LocalDate date = DATES[index];
        if (date == null) {
            if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            date = java.time.LocalDate.of(year, month, day);
            DATES[index] = date; // a benign race: LocalDate is immutable
        }
        return date;
    }

    /** The value of {@code n} decimal digits, or -1. */
    private static int digits(byte[] buf, int s, int n) {
        int v = 0;
        for (int p = s; p < s + n; p++) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static Object viaValueParser(String text, LogicalType type) {
        try {
            return ValueParser.parse(text, type);
        } catch (KuzuException ex) {
            throw new CsvConversionError(stripKind(ex));
        }
    }

    static String stripKind(KuzuException ex) {
        String message = ex.getMessage();
        if (ex.kind() != KuzuException.Kind.RUNTIME) {
            return message;
        }
        String prefix = ex.kind().prefix() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Long.MIN_VALUE when the bytes are not a plain integer (optionally signed, spaces around). */
    private static long parseLong(byte[] buf, int s, int e) {
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        if (s == e) {
            return Long.MIN_VALUE;
        }
        boolean negative = false;
        if (buf[s] == '-' || buf[s] == '+') {
            negative = buf[s] == '-';
            s++;
            if (s == e) {
                return Long.MIN_VALUE;
            }
        }
        if (e - s > 18) {
            return Long.MIN_VALUE; // let the general parser handle long numbers
        }
        long v = 0;
        for (int p = s; p < e; p++) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private static void checkRange(long v, LogicalType type, CsvParser parser, int i) {
        if (!IntegerBounds.containsLong(type, v)) {
            throw new CsvConversionError("Conversion exception: Cast failed. Could not convert \""
                    + parser.fieldString(i) + "\" to " + type + ".");
        }
    }

    /** A field that does not convert to its column's type; the message is Kùzu's (without a category). */
    static final class CsvConversionError extends RuntimeException {
        CsvConversionError(String message) {
            super(message, null, false, false);
        }
    }

    /** A STRING field; bytes that are not UTF-8 fail the row, as in Kùzu. */
    private static String utf8String(CsvParser parser, int i) {
        String text = parser.fieldString(i);
        // Decoding replaced invalid bytes with U+FFFD; only then are the bytes checked strictly.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(parser.buffer(),
                        parser.fieldStart(i), parser.fieldEnd(i) - parser.fieldStart(i)));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CsvConversionError("Invalid UTF8-encoded string.");
            }
        }
        return text;
    }
}
