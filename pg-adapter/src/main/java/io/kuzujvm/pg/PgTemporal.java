package io.kuzujvm.pg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL's binary dates (days since 2000-01-01) and timestamps (microseconds since then)
 * as java.time values. The LocalDates of 1900–2099 are shared, since a column's dates repeat
 * across rows and building one is a large part of decoding a row. PostgreSQL's infinities are
 * the extreme values of the type; pgjdbc reads them as MIN and MAX, and so do we.
 */
final class PgTemporal {

    /** Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
    private static final int EPOCH_DAYS = 10_957;
    private static final int FIRST_CACHED_DAY = -36_524; // 1900-01-01
    private static final LocalDate[] DATES = new LocalDate[73_049]; // to 2099-12-31
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private PgTemporal() {
    }

    static LocalDate date(int days) {
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return days > 0 ? LocalDate.MAX : LocalDate.MIN;
        }
        int index = days - FIRST_CACHED_DAY;
        if (index < 0 || index >= DATES.length) {
            return LocalDate.ofEpochDay(EPOCH_DAYS + (long) days);
        }
        LocalDate date = DATES[index];
        if (date == null) {
            date = LocalDate.ofEpochDay(EPOCH_DAYS + (long) days);
            DATES[index] = date; // a benign race: LocalDate is immutable
        }
        return date;
    }

    static LocalDateTime timestamp(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? LocalDateTime.MAX : LocalDateTime.MIN;
        }
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long microsOfDay = Math.floorMod(micros, MICROS_PER_DAY);
        // PostgreSQL's timestamps end in the year 294276: their day numbers fit in an int.
        return LocalDateTime.of(date((int) days), LocalTime.ofNanoOfDay(microsOfDay * 1000));
    }

    static OffsetDateTime timestampTz(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? OffsetDateTime.MAX : OffsetDateTime.MIN;
        }
        return OffsetDateTime.of(timestamp(micros), ZoneOffset.UTC);
    }
}
