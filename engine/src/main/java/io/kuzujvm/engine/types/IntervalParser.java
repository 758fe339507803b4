package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kùzu's INTERVAL text: numbers with units ({@code 3 years 2 days 13 hours}, fractions as
 * in {@code 1.5 days}, units from microseconds to millennia with their abbreviations),
 * optionally ending in a time {@code hh:mm:ss[.ffffff]} whose hours may exceed 24.
 */
final class IntervalParser {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

    private static final Pattern TIME = Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d+))?)?\\s*");

    private final String text;
    private int pos;
    private long months;
    private long days;
    private long micros;

    private IntervalParser(String text) {
        this.text = text;
    }

    static Interval parse(String text) {
        if (text.isEmpty()) {
            throw KuzuException.conversion("Error occurred during parsing interval. Given empty string.");
        }
        return new IntervalParser(text).run();
    }

    private Interval run() {
        boolean foundAny = false;
        if (text.charAt(0) == '@') {
            pos++;
        }
        while (true) {
            skipSpaces();
            if (pos == text.length()) {
                break;
            }
            if (!Character.isDigit(text.charAt(pos))) {
                throw givenError();
            }
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == ':') {
                micros = add(micros, time(text.substring(start)));
                foundAny = true;
                break;
            }
            long number = number(text.substring(start, pos));
            long fraction = fraction();
            skipSpaces();
            int unitStart = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            String unit = text.substring(unitStart, pos);
            if (unit.isEmpty()) {
                throw KuzuException.conversion("Error occurred during parsing interval. Field name is missing.");
            }
            addUnit(unit.toLowerCase(Locale.ROOT), number, fraction);
            foundAny = true;
        }
        if (!foundAny) {
            throw givenError();
        }
        if (months != (int) months || days != (int) days) {
            throw KuzuException.overflow("Interval value is out of range");
        }
        return new Interval((int) months, (int) days, micros);
    }

    /** Microseconds (0 to 999999) after a decimal point, extra digits ignored. */
    private long fraction() {
        if (pos >= text.length() || text.charAt(pos) != '.') {
            return 0;
        }
        pos++;
        long fraction = 0;
        long multiplier = 100_000;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            fraction += (text.charAt(pos) - '0') * multiplier;
            multiplier /= 10;
            pos++;
        }
        return fraction;
    }

    private void addUnit(String unit, long number, long fraction) {
        switch (unit) {
            case "millennium", "mil", "millenniums", "millennia", "mils", "millenium", "milleniums" ->
                    months = add(months, scaled(number, 12_000, fraction));
            case "century", "cent", "centuries", "c" -> months = add(months, scaled(number, 1200, fraction));
            case "decade", "dec", "decades", "decs" -> months = add(months, scaled(number, 120, fraction));
            case "year", "yr", "y", "years", "yrs" -> months = add(months, scaled(number, 12, fraction));
            case "quarter", "quarters" -> {
                months = add(months, scaled(number, 3, fraction));
                days = add(days, scaled(0, 30, fraction * 3 % MICROS_PER_SECOND));
            }
            case "month", "mon", "months", "mons" -> {
                months = add(months, number);
                days = add(days, scaled(0, 30, fraction));
            }
            case "day", "days", "d", "dayofmonth" -> {
                days = add(days, number);
                micros = add(micros, scaled(0, MICROS_PER_DAY, fraction));
            }
            case "week", "weeks", "w", "weekofyear" -> {
                days = add(days, scaled(number, 7, fraction));
                micros = add(micros, scaled(0, MICROS_PER_DAY, fraction * 7 % MICROS_PER_SECOND));
            }
            case "hour", "hr", "hours", "hrs", "h" -> micros = add(micros, scaled(number, MICROS_PER_HOUR, fraction));
            case "minute", "min", "minutes", "mins", "m" ->
                    micros = add(micros, scaled(number, MICROS_PER_MINUTE, fraction));
            case "second", "sec", "seconds", "secs", "s" ->
                    micros = add(micros, scaled(number, MICROS_PER_SECOND, fraction));
            case "milliseconds", "millisecond", "ms", "msec", "msecs", "msecond", "mseconds" ->
                    micros = add(micros, scaled(number, 1000, fraction));
            case "microseconds", "microsecond", "us", "usec", "usecs", "usecond", "useconds" ->
                    micros = add(micros, number + fraction * 2 / MICROS_PER_SECOND);
            default -> throw KuzuException.conversion("Unrecognized interval specifier string: " + unit + ".");
        }
    }

    /** number * multiplier plus the fraction's share of the multiplier. */
    private static long scaled(long number, long multiplier, long fraction) {
        try {
            return Math.addExact(Math.multiplyExact(number, multiplier), fraction * multiplier / MICROS_PER_SECOND);
        } catch (ArithmeticException e) {
            throw KuzuException.overflow("Interval value is out of range");
        }
    }

    private static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw KuzuException.overflow("Interval value is out of range");
        }
    }

    private long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw KuzuException.conversion("Cast failed. Could not convert \"" + digits + "\" to INT64.");
        }
    }

    /** {@code hh:mm[:ss[.ffffff]]} with unbounded hours, to the end of the text. */
    private static long time(String timeText) {
        Matcher m = TIME.matcher(timeText);
        try {
            if (!m.matches()) {
                throw new NumberFormatException();
            }
            long hours = Long.parseLong(m.group(1));
            int minutes = Integer.parseInt(m.group(2));
            int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (minutes >= 60 || seconds >= 60) {
                throw new NumberFormatException();
            }
            String fraction = m.group(4) == null ? "" : (m.group(4) + "000000").substring(0, 6);
            long total = Math.multiplyExact(hours, MICROS_PER_HOUR) + minutes * MICROS_PER_MINUTE
                    + seconds * MICROS_PER_SECOND;
            return fraction.isEmpty() ? total : Math.addExact(total, Long.parseLong(fraction));
        } catch (NumberFormatException | ArithmeticException e) {
            throw KuzuException.conversion("Error occurred during parsing time. Given: \"" + timeText + "\".");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private KuzuException givenError() {
        return KuzuException.conversion("Error occurred during parsing interval. Given: \"" + text + "\".");
    }
}
