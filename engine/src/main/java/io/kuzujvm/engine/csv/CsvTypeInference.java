package io.kuzujvm.engine.csv;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueParser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kùzu 0.11's type sniffing of LOAD FROM: the minimal type of one value (BOOL, INT64, INT128,
 * DECIMAL(p, s), DOUBLE, DATE, TIMESTAMP, UUID, INTERVAL, lists, maps, structs, else STRING) and
 * how the types of a column's values combine. Empty values, NULL and NAN say nothing (ANY);
 * a column that stays ANY is STRING.
 */
public final class CsvTypeInference {

    /** Kùzu's DECIMAL_PRECISION_LIMIT. */
    private static final int MAX_DECIMAL_PRECISION = 38;
    private static final Pattern BOOL = Pattern.compile("(?i)(T|F|TRUE|FALSE)");
    private static final Pattern INT = Pattern.compile("(-?0)|(-?[1-9]\\d*)");
    private static final Pattern REAL = Pattern.compile("(\\+|-)?(0|[1-9]\\d*)?\\.(\\d*)");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4} \\d{1,2} \\d{1,2}|\\d{4}\\\\\\d{1,2}\\\\\\d{1,2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})([T ]\\d{1,2}:\\d{1,2}(:\\d{1,2}(\\.\\d+)?)?"
                    + "( ?(Z|[+-]\\d{1,2}(:?\\d{2})?))*)");
    private static final Pattern UUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    private static final String UNITS = "(YEARS?|YRS?|Y|MONS?|MONTHS?|DAYS?|D|DAYOFMONTH|DECADES?|DECS?|CENTURY"
            + "|CENTURIES|CENT|C|MILLENN?IUMS?|MILS?|MILLENNIA|MICROSECONDS?|US|USECS?|USECONDS?|MILLISECONDS?|MS"
            + "|SECONDS?|SECS?|S|MINUTES?|MINS?|M|HOURS?|HRS?|H|WEEKS?|WEEKOFYEAR|W|QUARTERS?)";
    private static final Pattern INTERVAL1 = Pattern.compile("(?i)((0|[1-9]\\d*) +" + UNITS + ")( +(0|[1-9]\\d*) +"
            + UNITS + ")*( +\\d+:\\d{2}:\\d{2}(\\.\\d+)?)?");
    private static final Pattern INTERVAL2 = Pattern.compile("\\d+:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final BigInteger INT128_MIN = BigInteger.ONE.shiftLeft(127).negate();
    private static final BigInteger INT128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private CsvTypeInference() {
    }

    /** The minimal type of one value (ANY for empty, NULL and NAN). */
    public static LogicalType infer(String value) {
        String text = value.trim();
        String upper = text.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "INF", "+INF", "-INF", "INFINITY", "+INFINITY", "-INFINITY" -> {
                return LogicalType.DOUBLE;
            }
            case "", "NULL", "NAN" -> {
                return LogicalType.ANY;
            }
            default -> {
                // below
            }
        }
        if (BOOL.matcher(text).matches()) {
            return LogicalType.BOOL;
        }
        if (INT.matcher(text).matches()) {
            if (text.length() >= 1 + 39) {
                return LogicalType.DOUBLE;
            }
            BigInteger number = new BigInteger(text);
            if (number.bitLength() < 64) {
                return LogicalType.INT64;
            }
            if (number.compareTo(INT128_MIN) >= 0 && number.compareTo(INT128_MAX) <= 0) {
                return LogicalType.INT128;
            }
            return LogicalType.STRING; // Kùzu's UINT128, which this engine lacks
        }
        if (REAL.matcher(text).matches()) {
            String digits = text.startsWith("-") ? text.substring(1) : text;
            if (digits.length() <= MAX_DECIMAL_PRECISION) {
                int point = digits.indexOf('.');
                return LogicalType.decimal(digits.length() - 1, digits.length() - point - 1);
            }
            return LogicalType.DOUBLE;
        }
        if (DATE.matcher(text).matches()) {
            return LogicalType.DATE;
        }
        if (TIMESTAMP.matcher(text).matches() && parses(text, LogicalType.TIMESTAMP)) {
            return LogicalType.TIMESTAMP;
        }
        if (UUID.matcher(text).matches()) {
            return LogicalType.UUID;
        }
        if (INTERVAL1.matcher(text).matches() || INTERVAL2.matcher(text).matches()) {
            return LogicalType.INTERVAL;
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            LogicalType child = LogicalType.ANY;
            for (String element : smartSplit(text.substring(1, text.length() - 1), ',', -1)) {
                child = combine(child, infer(element));
            }
            return LogicalType.list(child);
        }
        if (text.startsWith("{") && text.endsWith("}")) {
            return mapOrStruct(text);
        }
        return LogicalType.STRING;
    }

    private static boolean parses(String text, LogicalType type) {
        try {
            ValueParser.parse(text, type);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static LogicalType mapOrStruct(String text) {
        List<String> elements = smartSplit(text.substring(1, text.length() - 1), ',', -1);
        boolean isMap = true;
        boolean isStruct = true;
        for (String element : elements) {
            if (smartSplit(element, '=', 2).size() != 2) {
                isMap = false;
            }
            if (smartSplit(element, ':', 2).size() != 2) {
                isStruct = false;
            }
        }
        if (isMap) {
            LogicalType key = LogicalType.ANY;
            LogicalType value = LogicalType.ANY;
            for (String element : elements) {
                List<String> parts = smartSplit(element, '=', 2);
                key = combine(key, infer(parts.get(0)));
                value = combine(value, infer(parts.get(1)));
            }
            return LogicalType.map(key, value);
        }
        if (isStruct) {
            List<String> names = new ArrayList<>();
            List<LogicalType> types = new ArrayList<>();
            for (String element : elements) {
                List<String> parts = smartSplit(element, ':', 2);
                String name = parts.get(0).trim();
                if (name.startsWith("'")) {
                    name = name.substring(1);
                }
                if (name.endsWith("'")) {
                    name = name.substring(0, name.length() - 1);
                }
                names.add(name);
                types.add(infer(parts.get(1)));
            }
            return LogicalType.struct(names, types);
        }
        return LogicalType.STRING;
    }

    /** Splits at {@code separator} outside brackets, braces and quotes; at most {@code max} parts (-1: any). */
    static List<String> smartSplit(String text, char separator, int max) {
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) {
            return parts;
        }
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == separator && depth == 0 && (max < 0 || parts.size() < max - 1)) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Kùzu's LogicalTypeUtils::combineTypes: the type both values fit, STRING when there is none. */
    public static LogicalType combine(LogicalType a, LogicalType b) {
        if (a.id() == TypeId.STRING || b.id() == TypeId.STRING) {
            return LogicalType.STRING;
        }
        if (a.id() == TypeId.ANY) {
            return b;
        }
        if (b.id() == TypeId.ANY || a.equals(b)) {
            return a;
        }
        if (a.id() == TypeId.LIST && b.id() == TypeId.LIST) {
            return LogicalType.list(combine(a.children().get(0), b.children().get(0)));
        }
        if (a.id() == TypeId.MAP && b.id() == TypeId.MAP) {
            return LogicalType.map(combine(a.children().get(0), b.children().get(0)),
                    combine(a.children().get(1), b.children().get(1)));
        }
        if (a.id() == TypeId.STRUCT && b.id() == TypeId.STRUCT) {
            Map<String, LogicalType> fields = new LinkedHashMap<>();
            for (int i = 0; i < a.fieldNames().size(); i++) {
                fields.put(a.fieldNames().get(i), a.children().get(i));
            }
            for (int i = 0; i < b.fieldNames().size(); i++) {
                fields.merge(b.fieldNames().get(i), b.children().get(i), CsvTypeInference::combine);
            }
            return LogicalType.struct(new ArrayList<>(fields.keySet()), new ArrayList<>(fields.values()));
        }
        if (a.id() == TypeId.DECIMAL || b.id() == TypeId.DECIMAL) {
            return combineDecimal(a, b);
        }
        int ra = numericRank(a.id());
        int rb = numericRank(b.id());
        if (ra >= 0 && rb >= 0) {
            return ra >= rb ? a : b;
        }
        if ((a.id() == TypeId.DATE && b.id() == TypeId.TIMESTAMP)
                || (a.id() == TypeId.TIMESTAMP && b.id() == TypeId.DATE)) {
            return LogicalType.TIMESTAMP;
        }
        return LogicalType.STRING;
    }

    private static LogicalType combineDecimal(LogicalType a, LogicalType b) {
        LogicalType other = a.id() == TypeId.DECIMAL ? b : a;
        LogicalType decimal = a.id() == TypeId.DECIMAL ? a : b;
        int integerDigits;
        int scale;
        if (other.id() == TypeId.DECIMAL) {
            integerDigits = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
            scale = Math.max(a.scale(), b.scale());
        } else if (other.id() == TypeId.INT64) {
            integerDigits = Math.max(19, decimal.precision() - decimal.scale());
            scale = decimal.scale();
        } else if (other.id() == TypeId.INT128) {
            integerDigits = 39;
            scale = decimal.scale();
        } else if (other.id() == TypeId.DOUBLE || other.id() == TypeId.FLOAT) {
            return LogicalType.DOUBLE;
        } else {
            return LogicalType.STRING;
        }
        return integerDigits + scale <= MAX_DECIMAL_PRECISION ? LogicalType.decimal(integerDigits + scale, scale)
                : LogicalType.DOUBLE;
    }

    private static int numericRank(TypeId id) {
        return switch (id) {
            case INT64 -> 0;
            case INT128 -> 1;
            case DOUBLE -> 3;
            default -> -1;
        };
    }

    /** The type a sniffed column gets: ANY (no information) becomes STRING, also inside nested types. */
    public static LogicalType resolveAny(LogicalType type) {
        return switch (type.id()) {
            case ANY -> LogicalType.STRING;
            case LIST -> LogicalType.list(resolveAny(type.children().get(0)));
            case MAP -> LogicalType.map(resolveAny(type.children().get(0)), resolveAny(type.children().get(1)));
            case STRUCT -> LogicalType.struct(type.fieldNames(),
                    type.children().stream().map(CsvTypeInference::resolveAny).toList());
            default -> type;
        };
    }
}
