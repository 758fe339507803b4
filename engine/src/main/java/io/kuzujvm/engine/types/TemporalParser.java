package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kùzu's DATE and TIMESTAMP text forms: {@code YYYY-MM-DD} (also with / or space as the
 * separator, one-digit month and day, a {@code (BC)} suffix) and
 * {@code YYYY-MM-DD[T| ]hh:mm:ss[.fffffffff][Z][+-hh[[:]mm]]}; a time zone offset is
 * applied, so every timestamp is in UTC.
 */
final class TemporalParser {

    private static final Pattern DATE = Pattern.compile(
            "\\s*(-?\\d{1,9})([-/\\\\ ])(\\d{1,2})\\2(\\d{1,2})(\\s*\\(BC\\))?");
    private static final Pattern TIME = Pattern.compile(
            "[T ]?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d*))?Z?(?:([+-])(\\d{2})(?::?(\\d{2}))?)?\\s*");

    private TemporalParser() {
    }

    static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw KuzuException.conversion("Error occurred during parsing date. Given: \"" + text
                    + "\". Expected format: (YYYY-MM-DD)");
        }
        try {
            return date(m);
        } catch (DateTimeException e) {
            throw KuzuException.conversion("Date out of range: " + text + ".");
        }
    }

    private static LocalDate date(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(5) != null) {
            year = 1 - year;
        }
        return LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** A TIMESTAMP of any unit, truncated to that unit; TIMESTAMP_TZ as an OffsetDateTime in UTC. */
    static Object parseTimestamp(String text, LogicalType type) {
        LocalDateTime utc = parseUtc(text, type);
        return switch (type.id()) {
            case TIMESTAMP_TZ -> utc.atOffset(ZoneOffset.UTC);
            case TIMESTAMP_NS -> utc;
            case TIMESTAMP_MS -> utc.truncatedTo(ChronoUnit.MILLIS);
            case TIMESTAMP_SEC -> utc.truncatedTo(ChronoUnit.SECONDS);
            default -> utc.truncatedTo(ChronoUnit.MICROS);
        };
    }

    private static LocalDateTime parseUtc(String text, LogicalType type) {
        Matcher date = DATE.matcher(text);
        date.region(0, text.length());
        if (!date.lookingAt()) {
            throw timestampError(text, type);
        }
        try {
            LocalDate day = date(date);
            String rest = text.substring(date.end());
            if (rest.isBlank()) {
                return day.atStartOfDay();
            }
            Matcher time = TIME.matcher(rest);
            if (!time.matches()) {
                throw timestampError(text, type);
            }
            String fraction = time.group(4) == null ? "" : time.group(4);
            int nanos = fraction.isEmpty() ? 0
                    : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime local = day.atTime(LocalTime.of(Integer.parseInt(time.group(1)),
                    Integer.parseInt(time.group(2)), Integer.parseInt(time.group(3)), nanos));
            if (time.group(5) == null) {
                return local;
            }
            int sign = time.group(5).equals("-") ? -1 : 1;
            int hours = Integer.parseInt(time.group(6));
            int minutes = time.group(7) == null ? 0 : Integer.parseInt(time.group(7));
            return local.minusMinutes(sign * (hours * 60L + minutes));
        } catch (DateTimeException e) {
            throw timestampError(text, type);
        }
    }

    private static KuzuException timestampError(String text, LogicalType type) {
        return KuzuException.conversion("Error occurred during parsing " + type + ". Given: \"" + text
                + "\". Expected format: (YYYY-MM-DD hh:mm:ss[.zzzzzz][+-TT[:tt]])");
    }
}
