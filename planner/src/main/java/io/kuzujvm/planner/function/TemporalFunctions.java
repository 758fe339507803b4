package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.kuzujvm.planner.function.Fn.DATE;
import static io.kuzujvm.planner.function.Fn.DATE_OR_TIMESTAMP;
import static io.kuzujvm.planner.function.Fn.INTEGER;
import static io.kuzujvm.planner.function.Fn.INTERVAL;
import static io.kuzujvm.planner.function.Fn.NUMBER;
import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.TIMESTAMP;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.NumericFunctions.toDouble;
import static io.kuzujvm.planner.function.NumericFunctions.toLong;

/** Functions of dates, timestamps and intervals. */
final class TemporalFunctions {

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long DAYS_PER_MONTH = 30;

    private TemporalFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("date_part,datepart", args(LogicalType.INT64, STRING, DATE_OR_TIMESTAMP),
                a -> part((String) a[0], timestamp(a[1]))));
        all.add(fn("date_part,datepart", args(LogicalType.INT64, STRING, INTERVAL),
                a -> intervalPart((String) a[0], (Interval) a[1])));
        all.add(fn("date_trunc,datetrunc", args(types -> types.get(1), STRING, DATE_OR_TIMESTAMP),
                a -> truncate((String) a[0], a[1])));
        all.add(fn("dayname", args(LogicalType.STRING, DATE_OR_TIMESTAMP),
                a -> timestamp(a[0]).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        all.add(fn("monthname", args(LogicalType.STRING, DATE_OR_TIMESTAMP),
                a -> timestamp(a[0]).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        all.add(fn("last_day", args(LogicalType.DATE, DATE_OR_TIMESTAMP),
                a -> timestamp(a[0]).toLocalDate().with(TemporalAdjusters.lastDayOfMonth())));
        all.add(fn("make_date", args(LogicalType.DATE, INTEGER, INTEGER, INTEGER),
                a -> LocalDate.of((int) toLong(a[0]), (int) toLong(a[1]), (int) toLong(a[2]))));
        all.add(fn("greatest", args(types -> types.get(0), DATE_OR_TIMESTAMP, DATE_OR_TIMESTAMP),
                a -> io.kuzujvm.engine.types.ValueComparator.compare(a[0], a[1]) >= 0 ? a[0] : a[1]));
        all.add(fn("least", args(types -> types.get(0), DATE_OR_TIMESTAMP, DATE_OR_TIMESTAMP),
                a -> io.kuzujvm.engine.types.ValueComparator.compare(a[0], a[1]) <= 0 ? a[0] : a[1]));
        all.add(fn("epoch_ms", args(LogicalType.TIMESTAMP, INTEGER),
                a -> LocalDateTime.ofEpochSecond(Math.floorDiv(toLong(a[0]), 1000L),
                        (int) Math.floorMod(toLong(a[0]), 1000L) * 1_000_000, ZoneOffset.UTC)));
        all.add(fn("century", args(LogicalType.INT64, DATE_OR_TIMESTAMP), a -> part("century", timestamp(a[0]))));
        all.add(fn("to_timestamp", args(LogicalType.TIMESTAMP, NUMBER), a -> fromEpochSeconds(toDouble(a[0]))));
        all.add(fn("to_epoch_ms", args(LogicalType.INT64, DATE_OR_TIMESTAMP),
                a -> timestamp(a[0]).toInstant(ZoneOffset.UTC).toEpochMilli()));
        all.addAll(arithmetic());
        all.addAll(intervalsOf());
        return all;
    }

    /** to_years(n), to_days(n), ...: an interval of n of that unit. */
    private static List<Fn> intervalsOf() {
        return List.of(
                fn("to_years", args(LogicalType.INTERVAL, INTEGER), a -> new Interval(Math.multiplyExact(
                        Math.toIntExact(toLong(a[0])), 12), 0, 0)),
                fn("to_months", args(LogicalType.INTERVAL, INTEGER), a -> new Interval(Math.toIntExact(toLong(a[0])), 0, 0)),
                fn("to_days", args(LogicalType.INTERVAL, INTEGER), a -> new Interval(0, Math.toIntExact(toLong(a[0])), 0)),
                micros("to_hours", 3_600_000_000L),
                micros("to_minutes", 60_000_000L),
                micros("to_seconds", 1_000_000L),
                micros("to_milliseconds", 1_000L),
                micros("to_microseconds", 1L));
    }

    private static Fn micros(String name, long unit) {
        return fn(name, args(LogicalType.INTERVAL, INTEGER), a -> new Interval(0, 0, Math.multiplyExact(toLong(a[0]), unit)));
    }

    /** As Kùzu: the seconds times a million in a double, cut to whole microseconds. */
    private static LocalDateTime fromEpochSeconds(double seconds) {
        double micros = seconds * 1_000_000;
        if (!(micros >= Long.MIN_VALUE && micros < Long.MAX_VALUE)) {
            throw KuzuException.conversion("Could not convert epoch seconds to TIMESTAMP");
        }
        return LocalDateTime.of(1970, 1, 1, 0, 0).plus((long) micros, ChronoUnit.MICROS);
    }

    /** The operators + - / on dates, timestamps and intervals (the binder calls them by their symbol). */
    private static List<Fn> arithmetic() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("+", args(LogicalType.DATE, DATE, INTEGER), a -> ((LocalDate) a[0]).plusDays(toLong(a[1]))));
        all.add(fn("+", args(LogicalType.DATE, INTEGER, DATE), a -> ((LocalDate) a[1]).plusDays(toLong(a[0]))));
        all.add(fn("+", args(LogicalType.DATE, DATE, INTERVAL), a -> plus((LocalDate) a[0], (Interval) a[1])));
        all.add(fn("+", args(LogicalType.DATE, INTERVAL, DATE), a -> plus((LocalDate) a[1], (Interval) a[0])));
        all.add(fn("+", args(LogicalType.TIMESTAMP, TIMESTAMP, INTERVAL),
                a -> plus(timestamp(a[0]), (Interval) a[1])));
        all.add(fn("+", args(LogicalType.TIMESTAMP, INTERVAL, TIMESTAMP),
                a -> plus(timestamp(a[1]), (Interval) a[0])));
        all.add(fn("+", args(LogicalType.INTERVAL, INTERVAL, INTERVAL),
                a -> plus((Interval) a[0], (Interval) a[1])));
        all.add(fn("-", args(LogicalType.DATE, DATE, INTEGER), a -> ((LocalDate) a[0]).minusDays(toLong(a[1]))));
        all.add(fn("-", args(LogicalType.INT64, DATE, DATE),
                a -> ChronoUnit.DAYS.between((LocalDate) a[1], (LocalDate) a[0])));
        all.add(fn("-", args(LogicalType.DATE, DATE, INTERVAL),
                a -> plus((LocalDate) a[0], negate((Interval) a[1]))));
        all.add(fn("-", args(LogicalType.TIMESTAMP, TIMESTAMP, INTERVAL),
                a -> plus(timestamp(a[0]), negate((Interval) a[1]))));
        all.add(fn("-", args(LogicalType.INTERVAL, TIMESTAMP, TIMESTAMP),
                a -> difference(timestamp(a[0]), timestamp(a[1]))));
        all.add(fn("-", args(LogicalType.INTERVAL, INTERVAL, INTERVAL),
                a -> plus((Interval) a[0], negate((Interval) a[1]))));
        all.add(fn("/", args(LogicalType.INTERVAL, INTERVAL, INTEGER), a -> divide((Interval) a[0], toLong(a[1]))));
        return all;
    }

    /** Months first (a day past the month's end becomes its last day), then days; the time part in whole days. */
    private static LocalDate plus(LocalDate date, Interval interval) {
        return date.plusMonths(interval.months()).plusDays(interval.days())
                .plusDays(interval.micros() / MICROS_PER_DAY);
    }

    private static LocalDateTime plus(LocalDateTime timestamp, Interval interval) {
        return timestamp.plusMonths(interval.months()).plusDays(interval.days())
                .plus(interval.micros(), ChronoUnit.MICROS);
    }

    private static Interval plus(Interval a, Interval b) {
        return new Interval(Math.addExact(a.months(), b.months()), Math.addExact(a.days(), b.days()),
                Math.addExact(a.micros(), b.micros()));
    }

    private static Interval negate(Interval interval) {
        return new Interval(-interval.months(), -interval.days(), -interval.micros());
    }

    /** As days and a time of the same sign, never months. */
    private static Interval difference(LocalDateTime a, LocalDateTime b) {
        long micros = ChronoUnit.MICROS.between(b, a);
        return new Interval(0, Math.toIntExact(micros / MICROS_PER_DAY), micros % MICROS_PER_DAY);
    }

    /** Kùzu's division: what remains of the months moves to the days (30 a month), of the days to the time. */
    private static Interval divide(Interval interval, long divisor) {
        if (divisor == 0) {
            throw KuzuException.runtime("Divide by zero.");
        }
        long months = interval.months();
        long days = interval.days() + months % divisor * DAYS_PER_MONTH;
        long micros = interval.micros() + days % divisor * MICROS_PER_DAY;
        return new Interval((int) (months / divisor), (int) (days / divisor), micros / divisor);
    }

    private static LocalDateTime timestamp(Object value) {
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        throw KuzuException.runtime("Not a date or timestamp: " + value);
    }

    private static long part(String name, LocalDateTime t) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "year", "years", "y", "yr", "yrs" -> t.getYear();
            case "month", "months", "mon", "mons" -> t.getMonthValue();
            case "day", "days", "d", "dayofmonth" -> t.getDayOfMonth();
            case "decade", "decades" -> t.getYear() / 10;
            case "century", "centuries" -> t.getYear() > 0 ? (t.getYear() - 1) / 100 + 1 : t.getYear() / 100 - 1;
            case "millennium", "millennia", "millenniums" -> t.getYear() > 0 ? (t.getYear() - 1) / 1000 + 1
                    : t.getYear() / 1000 - 1;
            case "quarter", "quarters" -> (t.getMonthValue() - 1) / 3 + 1;
            case "hour", "hours", "h", "hr", "hrs" -> t.getHour();
            case "minute", "minutes", "min", "mins", "m" -> t.getMinute();
            case "second", "seconds", "s", "sec", "secs" -> t.getSecond();
            case "millisecond", "milliseconds", "ms", "msec", "msecs" -> t.getSecond() * 1000L + t.getNano() / 1_000_000;
            case "microsecond", "microseconds", "us", "usec", "usecs" -> t.getSecond() * 1_000_000L + t.getNano() / 1000;
            case "week", "weeks", "w" -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "dayofweek", "dow" -> t.getDayOfWeek().getValue() % 7;
            case "dayofyear", "doy" -> t.getDayOfYear();
            default -> throw KuzuException.runtime("Unsupported specifier: " + name);
        };
    }

    private static long intervalPart(String name, Interval interval) {
        String n = name.toLowerCase(Locale.ROOT);
        long micros = interval.micros();
        return switch (n) {
            case "year", "years", "y", "yr", "yrs" -> interval.months() / 12;
            case "month", "months", "mon", "mons" -> interval.months() % 12;
            case "day", "days", "d" -> interval.days();
            case "decade", "decades" -> interval.months() / 120;
            case "century", "centuries" -> interval.months() / 1200;
            case "millennium", "millennia" -> interval.months() / 12000;
            case "quarter", "quarters" -> interval.months() % 12 / 3 + 1;
            case "hour", "hours", "h", "hr", "hrs" -> micros / 3_600_000_000L;
            case "minute", "minutes", "min", "mins", "m" -> micros % 3_600_000_000L / 60_000_000L;
            case "second", "seconds", "s", "sec", "secs" -> micros % 60_000_000L / 1_000_000L;
            case "millisecond", "milliseconds", "ms", "msec", "msecs" -> micros % 60_000_000L / 1000L;
            case "microsecond", "microseconds", "us", "usec", "usecs" -> micros % 60_000_000L;
            default -> throw KuzuException.runtime("Unsupported specifier: " + name);
        };
    }

    private static Object truncate(String name, Object value) {
        LocalDateTime t = timestamp(value);
        LocalDateTime result = switch (name.toLowerCase(Locale.ROOT)) {
            case "millennium", "millennia" -> LocalDate.of(t.getYear() / 1000 * 1000, 1, 1).atStartOfDay();
            case "century", "centuries" -> LocalDate.of(t.getYear() / 100 * 100, 1, 1).atStartOfDay();
            case "decade", "decades" -> LocalDate.of(t.getYear() / 10 * 10, 1, 1).atStartOfDay();
            case "year", "years", "y", "yr", "yrs" -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
            case "quarter", "quarters" -> LocalDate.of(t.getYear(), (t.getMonthValue() - 1) / 3 * 3 + 1, 1)
                    .atStartOfDay();
            case "month", "months", "mon", "mons" -> LocalDate.of(t.getYear(), t.getMonthValue(), 1).atStartOfDay();
            case "week", "weeks", "w" -> t.toLocalDate().minusDays(t.getDayOfWeek().getValue() - 1L).atStartOfDay();
            case "day", "days", "d" -> t.truncatedTo(ChronoUnit.DAYS);
            case "hour", "hours", "h", "hr", "hrs" -> t.truncatedTo(ChronoUnit.HOURS);
            case "minute", "minutes", "min", "mins", "m" -> t.truncatedTo(ChronoUnit.MINUTES);
            case "second", "seconds", "s", "sec", "secs" -> t.truncatedTo(ChronoUnit.SECONDS);
            case "millisecond", "milliseconds", "ms", "msec", "msecs" -> t.truncatedTo(ChronoUnit.MILLIS);
            case "microsecond", "microseconds", "us", "usec", "usecs" -> t.truncatedTo(ChronoUnit.MICROS);
            default -> throw KuzuException.runtime("Unsupported specifier: " + name);
        };
        return value instanceof LocalDate ? result.toLocalDate() : result;
    }
}
