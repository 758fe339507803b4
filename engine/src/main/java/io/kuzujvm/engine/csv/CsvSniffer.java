package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides how to read CSV files as Kùzu does: the dialect (delimiter, quote, escape) when
 * not given, whether the first row is a header, the number of columns, and for LOAD FROM
 * the column names and types, from a sample of the first file's rows.
 */
public final class CsvSniffer {

    private static final byte[] DELIMITERS = {',', '|', ';', '\t'};
    private static final byte[] QUOTES = {'"', '\''};
    private static final byte[] ESCAPES = {'\\', '"', '\''};

    private CsvSniffer() {
    }

    /** Where the data of a file starts: after the BOM, SKIP lines and the header. */
    /** Where the data starts; the header's fields, its text and its line (1-based) when there is one. */
    record Layout(long dataStart, long linesBefore, List<String> header, String headerRecord, long headerLine) {
    }

    static Layout layout(FileChannel channel, CsvOptions options, boolean header) {
        CsvParser parser = new CsvParser(channel, 0, Long.MAX_VALUE, options.delim, options.quote, options.escape,
                false);
        parser.skipBom();
        List<String> names = null;
        String headerRecord = null;
        long headerLine = 0;
        if (header) {
            int n;
            do {
                n = parser.next();
            } while (n == 0);
            names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add(parser.fieldString(i));
            }
            headerRecord = n < 0 ? "" : parser.recordText();
            headerLine = parser.recordLine() + 1;
        }
        for (long i = 0; i < options.skip; i++) {
            parser.skipLine();
        }
        return new Layout(parser.filePosition(), parser.linesConsumed(), names, headerRecord, headerLine);
    }

    /**
     * The schema of a scan. {@code fileColumns} (COPY into a table) fixes the names and types of
     * the columns the files must have; otherwise (LOAD FROM) they are detected.
     */
    public static CsvSchema sniff(List<String> files, CsvOptions given,
                                  Optional<List<String>> fileColumnNames, Optional<List<LogicalType>> fileColumnTypes) {
        try (FileChannel channel = CsvFiles.open(files.get(0))) {
            CsvOptions options = given.autoDetect
                    ? detectDialect(channel, given, fileColumnTypes.map(List::size)) : given.copy();
            boolean headerGiven = options.header != null;
            CsvOptions noSkip = options.copy();
            noSkip.skip = 0;
            Layout noHeader = layout(channel, noSkip, false);
            List<String[]> sample = sample(channel, options, noHeader.dataStart(),
                    options.sampleSize + (headerGiven ? 0 : 1));
            boolean header;
            List<String> headerRow = null;
            if (headerGiven) {
                header = options.header;
            } else if (!options.autoDetect || sample.isEmpty()) {
                header = false;
            } else {
                header = detectHeader(sample, fileColumnTypes);
            }
            options.header = header;
            if (header) {
                headerRow = layout(channel, options, true).header();
                if (headerRow == null) {
                    headerRow = List.of();
                }
                if (!headerGiven && !sample.isEmpty()) {
                    sample = sample.subList(1, sample.size());
                }
                if (headerGiven) {
                    sample = sample(channel, options, layout(channel, options, true).dataStart(), options.sampleSize);
                }
            }
            if (!headerGiven && !header && sample.size() > options.sampleSize) {
                sample = sample.subList(0, options.sampleSize);
            }
            int numColumns;
            if (header) {
                numColumns = headerRow.size();
            } else {
                numColumns = 0;
                for (String[] row : sample) {
                    numColumns = Math.max(numColumns, row.length);
                }
            }
            for (int f = 1; f < files.size(); f++) {
                int other = columnsOf(files.get(f), options);
                int expected = fileColumnTypes.map(List::size).orElse(numColumns);
                if (other >= 0 && other != expected) {
                    throw KuzuException.binder("Number of columns mismatch. Expected " + expected + " but got "
                            + other + ".");
                }
            }
            if (fileColumnTypes.isPresent()) {
                int expected = fileColumnTypes.get().size();
                if (header && !headerGiven) {
                    // A detected header counts as many columns as the widest sampled row.
                    for (String[] row : sample) {
                        numColumns = Math.max(numColumns, row.length);
                    }
                }
                // A file with fewer columns fails row by row (from its header on), as in Kùzu.
                if (numColumns > expected) {
                    throw KuzuException.binder("Number of columns mismatch. Expected " + expected + " but got "
                            + numColumns + ".");
                }
                return new CsvSchema(fileColumnNames.orElseThrow(), fileColumnTypes.get(), options);
            }
            List<String> names = new ArrayList<>();
            List<LogicalType> types = new ArrayList<>();
            for (int c = 0; c < numColumns; c++) {
                String name = header ? headerRow.get(c) : "column" + c;
                LogicalType type = null;
                int colon = header ? name.lastIndexOf(':') : -1;
                if (colon > 0) {
                    type = LogicalType.parse(name.substring(colon + 1));
                    name = name.substring(0, colon);
                }
                if (name.isEmpty()) {
                    name = "column" + c;
                }
                if (names.contains(name)) {
                    String base = name;
                    for (int k = 1; names.contains(name); k++) {
                        name = base + "_" + k;
                    }
                }
                if (type == null) {
                    type = sniffType(sample, c);
                }
                names.add(name);
                types.add(type);
            }
            return new CsvSchema(names, types, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of columns of a file: its header's, or its first record's; -1 for an empty file. */
    private static int columnsOf(String file, CsvOptions options) throws IOException {
        try (FileChannel channel = CsvFiles.open(file)) {
            boolean header = Boolean.TRUE.equals(options.header);
            if (header) {
                List<String> names = layout(channel, options, true).header();
                return names == null ? -1 : names.size();
            }
            CsvOptions noSkip = options.copy();
            noSkip.skip = 0;
            List<String[]> first = sample(channel, options, layout(channel, noSkip, false).dataStart(), 1);
            return first.isEmpty() ? -1 : first.get(0).length;
        }
    }

    /** Up to {@code max} non-empty records from {@code start} (fields as strings; empty for unreadable ones). */
    private static List<String[]> sample(FileChannel channel, CsvOptions options, long start, int max) {
        CsvParser parser = new CsvParser(channel, start, Long.MAX_VALUE, options.delim, options.quote, options.escape,
                false);
        List<String[]> rows = new ArrayList<>();
        while (rows.size() < max) {
            int n;
            try {
                n = parser.next();
            } catch (CsvParseError e) {
                parser.skipLine();
                continue;
            }
            if (n < 0) {
                break;
            }
            if (n == 0) {
                continue;
            }
            if (parser.delimiterAtEof()) {
                n--;
            }
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                row[i] = parser.fieldString(i);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The dialect whose rows are consistent, preferring the expected column count (COPY), then more columns. */
    private static CsvOptions detectDialect(FileChannel channel, CsvOptions given, Optional<Integer> expectedColumns) {
        if (given.delimSet && given.quoteSet && given.escapeSet) {
            return given.copy();
        }
        CsvOptions best = null;
        int bestColumns = -1;
        boolean bestConsistent = false;
        // Whether the best dialect so far gives the expected column count (its last field may be a
        // trailing delimiter's).
        boolean bestExpected = false;
        int bestQuoted = -1;
        for (byte delim : given.delimSet ? new byte[] {given.delim} : DELIMITERS) {
            for (byte quote : given.quoteSet ? new byte[] {given.quote} : QUOTES) {
                for (byte escape : given.escapeSet ? new byte[] {given.escape} : ESCAPES) {
                    if (!given.escapeSet && escape == '\'' && quote != '\'') {
                        continue;
                    }
                    CsvOptions candidate = given.withDialect(delim, quote, escape);
                    int[] result = tryDialect(channel, candidate);
                    if (result == null) {
                        continue;
                    }
                    boolean consistent = result[1] == 1;
                    int columns = result[0];
                    int quoted = result[2];
                    boolean expected = expectedColumns.isPresent()
                            && (expectedColumns.get() == columns || expectedColumns.get() == result[3]);
                    // Preferred: the expected column count (COPY), consistent rows, a quote character the
                    // file actually quotes fields with, more columns, more quoted fields.
                    boolean usesQuote = quoted > 0;
                    boolean bestUsesQuote = bestQuoted > 0;
                    if (best == null || (expected && !bestExpected)
                            || (expected == bestExpected && consistent && !bestConsistent)
                            || (expected == bestExpected && consistent == bestConsistent
                                    && usesQuote && !bestUsesQuote)
                            || (expected == bestExpected && consistent == bestConsistent
                                    && usesQuote == bestUsesQuote && columns > bestColumns)
                            || (expected == bestExpected && consistent == bestConsistent
                                    && usesQuote == bestUsesQuote && columns == bestColumns && quoted > bestQuoted)) {
                        best = candidate;
                        bestExpected = expected;
                        bestColumns = columns;
                        bestConsistent = consistent;
                        bestQuoted = quoted;
                    }
                }
            }
        }
        return best == null ? given.copy() : best;
    }

    /**
     * {max columns, 1 if every sampled row has that many, number of quoted fields}, or null when the
     * sample does not parse.
     */
    private static int[] tryDialect(FileChannel channel, CsvOptions options) {
        CsvParser parser = new CsvParser(channel, 0, Long.MAX_VALUE, options.delim, options.quote, options.escape,
                false);
        parser.skipBom();
        int max = 0;
        int first = -1;
        boolean consistent = true;
        int rows = 0;
        int quoted = 0;
        int maxTrimmed = 0;
        try {
            while (rows < Math.min(options.sampleSize, 64)) {
                int n = parser.next();
                if (n < 0) {
                    break;
                }
                if (n == 0) {
                    continue;
                }
                // A row ending in the delimiter may have an empty last field or none: either count fits.
                int trimmed = parser.trailingDelimiter() ? n - 1 : n;
                if (first < 0) {
                    first = n;
                } else if (n != first && trimmed != first) {
                    consistent = false;
                }
                max = Math.max(max, n == first ? n : trimmed);
                maxTrimmed = Math.max(maxTrimmed, trimmed);
                for (int i = 0; i < n; i++) {
                    if (parser.fieldQuoted(i)) {
                        quoted++;
                    }
                }
                rows++;
            }
        } catch (CsvParseError e) {
            return null;
        }
        return new int[] {max, consistent ? 1 : 0, quoted, maxTrimmed};
    }

    private static boolean detectHeader(List<String[]> sample, Optional<List<LogicalType>> fixedTypes) {
        String[] first = sample.get(0);
        List<LogicalType> types;
        if (fixedTypes.isPresent()) {
            types = fixedTypes.get();
        } else {
            List<String[]> rest = sample.subList(1, sample.size());
            if (rest.isEmpty()) {
                return false;
            }
            types = new ArrayList<>();
            for (int c = 0; c < first.length; c++) {
                types.add(sniffType(rest, c));
            }
        }
        for (int c = 0; c < Math.min(first.length, types.size()); c++) {
            LogicalType type = types.get(c);
            if (type.id() == TypeId.STRING || first[c].isEmpty() || looksNested(first[c], type)) {
                continue;
            }
            if (!castable(first[c], type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bracketed value of a nested column is data even when it does not convert (a map with a
     * null key fails on its row, as in Kùzu), never a column name.
     */
    private static boolean looksNested(String text, LogicalType type) {
        boolean nested = switch (type.id()) {
            case LIST, ARRAY, STRUCT, MAP, UNION -> true;
            default -> false;
        };
        String trimmed = text.trim();
        return nested && (trimmed.startsWith("[") || trimmed.startsWith("{"));
    }

    private static boolean castable(String text, LogicalType type) {
        try {
            io.kuzujvm.engine.types.ValueParser.parse(text, type);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Kùzu's type for a column from its sampled values (see {@link CsvTypeInference}). */
    static LogicalType sniffType(List<String[]> sample, int column) {
        LogicalType result = LogicalType.ANY;
        for (String[] row : sample) {
            if (column >= row.length) {
                continue;
            }
            result = CsvTypeInference.combine(result, CsvTypeInference.infer(row[column]));
            if (result.id() == TypeId.STRING) {
                break;
            }
        }
        return CsvTypeInference.resolveAny(result);
    }

    static TypeId typeOf(String raw) {
        String text = raw.trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return TypeId.BOOL;
        }
        if (isInteger(text)) {
            try {
                Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
                return TypeId.INT64;
            } catch (NumberFormatException e) {
                return TypeId.DOUBLE;
            }
        }
        if (isDecimal(text)) {
            return TypeId.DOUBLE;
        }
        if (text.length() >= 8 && Character.isDigit(text.charAt(0))) {
            try {
                LocalDate.parse(text);
                return TypeId.DATE;
            } catch (RuntimeException ignored) {
                // not a date
            }
            try {
                LocalDateTime.parse(text.replace(' ', 'T'));
                return TypeId.TIMESTAMP;
            } catch (RuntimeException ignored) {
                // not a timestamp
            }
        }
        return TypeId.STRING;
    }

    private static boolean isInteger(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        boolean exponent = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot && !exponent) {
                dot = true;
            } else if ((c == 'e' || c == 'E') && digits && !exponent) {
                exponent = true;
                digits = false;
                if (i + 1 < text.length() && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+')) {
                    i++;
                }
            } else {
                return false;
            }
        }
        return digits;
    }
}
