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
import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.TIMESTAMP;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.NumericFunctions.toLong;

/** Functions of dates, timestamps and intervals. */
final class TemporalFunctions {

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
        all.add(fn("to_epoch_ms", args(LogicalType.INT64, TIMESTAMP),
                a -> timestamp(a[0]).toInstant(ZoneOffset.UTC).toEpochMilli()));
        return all;
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
