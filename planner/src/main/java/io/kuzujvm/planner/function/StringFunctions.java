package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueFormatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kuzujvm.planner.function.Fn.INTEGER;
import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.Fn.typed;
import static io.kuzujvm.planner.function.NumericFunctions.toLong;

/** String functions. Positions count characters (code points) from 1, as in Kùzu. */
final class StringFunctions {

    private static final LogicalType STRING_LIST = LogicalType.list(LogicalType.STRING);

    private StringFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(unary("upper,ucase,toupper", s -> s.toUpperCase(Locale.ROOT)));
        all.add(unary("lower,lcase,tolower", s -> s.toLowerCase(Locale.ROOT)));
        all.add(unary("trim", String::strip));
        all.add(unary("ltrim", String::stripLeading));
        all.add(unary("rtrim", String::stripTrailing));
        all.add(unary("reverse", s -> new StringBuilder(s).reverse().toString()));
        all.add(unary("initcap", s -> s.isEmpty() ? s
                : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT)));
        all.add(typed("concat", types -> types.isEmpty() ? null : LogicalType.STRING, types -> a -> {
            StringBuilder result = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                if (a[i] != null) {
                    result.append(ValueFormatter.format(a[i], types.get(i)));
                }
            }
            return result.toString();
        }).acceptingNulls());
        // The + operator on two strings (a name no query can call: the binder's fallback for +).
        all.add(fn("+", args(LogicalType.STRING, STRING, STRING), a -> (String) a[0] + a[1]));
        all.add(fn("concat_ws", StringFunctions::concatWsType,
                StringFunctions::concatWs).acceptingNulls());
        all.add(fn("substring,substr", args(LogicalType.STRING, STRING, INTEGER, INTEGER),
                a -> substring((String) a[0], toLong(a[1]), toLong(a[2]))));
        all.add(fn("left", args(LogicalType.STRING, STRING, INTEGER), a -> left((String) a[0], toLong(a[1]))));
        all.add(fn("right", args(LogicalType.STRING, STRING, INTEGER), a -> right((String) a[0], toLong(a[1]))));
        all.add(fn("lpad", args(LogicalType.STRING, STRING, INTEGER, STRING),
                a -> pad((String) a[0], toLong(a[1]), (String) a[2], true)));
        all.add(fn("rpad", args(LogicalType.STRING, STRING, INTEGER, STRING),
                a -> pad((String) a[0], toLong(a[1]), (String) a[2], false)));
        all.add(fn("repeat", args(LogicalType.STRING, STRING, INTEGER),
                a -> ((String) a[0]).repeat((int) Math.max(0, toLong(a[1])))));
        all.add(predicate("starts_with,prefix", String::startsWith));
        all.add(predicate("ends_with,suffix", String::endsWith));
        all.add(predicate("contains", String::contains));
        all.add(fn("instr", args(LogicalType.INT64, STRING, STRING), a -> position((String) a[0], (String) a[1])));
        all.add(fn("levenshtein", args(LogicalType.INT64, STRING, STRING),
                a -> levenshtein((String) a[0], (String) a[1])));
        all.add(fn("split_part", args(LogicalType.STRING, STRING, STRING, INTEGER),
                a -> splitPart((String) a[0], (String) a[1], toLong(a[2]))));
        all.add(fn("string_split,str_split,string_to_array", args(STRING_LIST, STRING, STRING),
                a -> split((String) a[0], (String) a[1])));
        all.add(fn("regexp_matches", args(LogicalType.BOOL, STRING, STRING),
                a -> pattern(a[1]).matcher((String) a[0]).find()));
        all.add(fn("regexp_full_match", args(LogicalType.BOOL, STRING, STRING),
                a -> pattern(a[1]).matcher((String) a[0]).matches()));
        all.add(fn("regexp_replace", args(LogicalType.STRING, STRING, STRING, STRING),
                a -> replace(a, false)));
        all.add(fn("regexp_replace", args(LogicalType.STRING, STRING, STRING, STRING, STRING),
                a -> replace(a, ((String) a[3]).contains("g"))));
        all.add(fn("regexp_extract", args(LogicalType.STRING, STRING, STRING), a -> extract(a, 0)));
        all.add(fn("regexp_extract", args(LogicalType.STRING, STRING, STRING, INTEGER),
                a -> extract(a, toLong(a[2]))));
        all.add(fn("regexp_extract_all", args(STRING_LIST, STRING, STRING), a -> extractAll(a, 0)));
        all.add(fn("regexp_extract_all", args(STRING_LIST, STRING, STRING, INTEGER),
                a -> extractAll(a, toLong(a[2]))));
        all.add(fn("regexp_split_to_array", args(STRING_LIST, STRING, STRING),
                a -> List.of(pattern(a[1]).split((String) a[0], -1))));
        return all;
    }

    private static Fn unary(String names, UnaryOperator<String> op) {
        return fn(names, args(LogicalType.STRING, STRING), a -> op.apply((String) a[0]));
    }

    private static Fn predicate(String names, java.util.function.BiPredicate<String, String> test) {
        return fn(names, args(LogicalType.BOOL, STRING, STRING), a -> test.test((String) a[0], (String) a[1]));
    }

    private static LogicalType concatWsType(List<LogicalType> types) {
        if (types.size() < 2) {
            throw KuzuException.binder("concat_ws expects at least two parameters. Got: " + types.size() + ".");
        }
        for (LogicalType type : types) {
            if (!STRING.test(type)) {
                throw KuzuException.binder("concat_ws expects all string parameters. Got: " + type + ".");
            }
        }
        return LogicalType.STRING;
    }

    private static Object concatWs(Object[] a) {
        if (a[0] == null) {
            return null;
        }
        StringBuilder result = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.length; i++) {
            if (a[i] != null) {
                if (!first) {
                    result.append(a[0]);
                }
                result.append(a[i]);
                first = false;
            }
        }
        return result.toString();
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The characters from {@code from} to {@code to} (0-based code points, clamped). */
    static String codePoints(String s, long from, long to) {
        int n = length(s);
        int begin = (int) Math.max(0, Math.min(n, from));
        int end = (int) Math.max(begin, Math.min(n, to));
        return s.substring(s.offsetByCodePoints(0, begin), s.offsetByCodePoints(0, end));
    }

    static String substring(String s, long start, long length) {
        long begin = start > 0 ? start - 1 : start == 0 ? 0 : length(s) + start;
        return codePoints(s, begin, begin + length);
    }

    private static String left(String s, long n) {
        return codePoints(s, 0, n >= 0 ? n : length(s) + n);
    }

    private static String right(String s, long n) {
        int length = length(s);
        return codePoints(s, n >= 0 ? length - n : -n, length);
    }

    private static String pad(String s, long count, String fill, boolean left) {
        int length = length(s);
        if (count <= length) {
            return codePoints(s, 0, Math.max(0, count));
        }
        if (fill.isEmpty()) {
            return s;
        }
        StringBuilder padding = new StringBuilder();
        int[] chars = fill.codePoints().toArray();
        for (long i = 0; i < count - length; i++) {
            padding.appendCodePoint(chars[(int) (i % chars.length)]);
        }
        return left ? padding + s : s + padding;
    }

    private static long position(String s, String part) {
        int index = s.indexOf(part);
        return index < 0 ? 0 : s.codePointCount(0, index) + 1;
    }

    private static long levenshtein(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    private static List<String> split(String s, String separator) {
        if (separator.isEmpty()) {
            return s.codePoints().mapToObj(Character::toString).toList();
        }
        return List.of(s.split(Pattern.quote(separator), -1));
    }

    private static String splitPart(String s, String separator, long index) {
        List<String> parts = split(s, separator);
        long i = index > 0 ? index - 1 : parts.size() + index;
        return i >= 0 && i < parts.size() ? parts.get((int) i) : "";
    }

    private static Pattern pattern(Object regex) {
        try {
            return Pattern.compile((String) regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw KuzuException.runtime("Runtime exception: " + e.getDescription());
        }
    }

    /** RE2 writes group references as \1; Java as $1. */
    private static String replacement(String re2) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < re2.length(); i++) {
            char c = re2.charAt(i);
            if (c == '\\' && i + 1 < re2.length() && Character.isDigit(re2.charAt(i + 1))) {
                out.append('$').append(re2.charAt(++i));
            } else if (c == '\\' && i + 1 < re2.length()) {
                out.append(Matcher.quoteReplacement(String.valueOf(re2.charAt(++i))));
            } else {
                out.append(Matcher.quoteReplacement(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static String replace(Object[] a, boolean global) {
        Matcher matcher = pattern(a[1]).matcher((String) a[0]);
        String replacement = replacement((String) a[2]);
        return global ? matcher.replaceAll(replacement) : matcher.replaceFirst(replacement);
    }

    private static String extract(Object[] a, long group) {
        Matcher matcher = pattern(a[1]).matcher((String) a[0]);
        if (!matcher.find() || group > matcher.groupCount()) {
            return "";
        }
        String value = matcher.group((int) group);
        return value == null ? "" : value;
    }

    private static List<String> extractAll(Object[] a, long group) {
        Matcher matcher = pattern(a[1]).matcher((String) a[0]);
        List<String> result = new ArrayList<>();
        while (matcher.find()) {
            if (group <= matcher.groupCount()) {
                String value = matcher.group((int) group);
                result.add(value == null ? "" : value);
            }
        }
        return result;
    }
}
