package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueFormatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Converts engine values (Long, Double, Boolean, String, LocalDate, LocalDateTime, UUID,
 * byte[], BigInteger, BigDecimal) to what a JDBC getter asks for. Values are never null
 * here; the result set handles nulls before calling.
 */
final class ValueConversions {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ValueConversions() {
    }

    static String toText(Object value, LogicalType type) {
        if (value instanceof String s) {
            return s;
        }
        return ValueFormatter.format(value, type);
    }

    static boolean toBoolean(Object value, LogicalType type) throws SQLException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number number) {
            return toBigDecimal(number, type).signum() != 0;
        }
        if (value instanceof String s) {
            String t = s.trim();
            if (t.equalsIgnoreCase("true") || t.equals("1")) {
                return true;
            }
            if (t.equalsIgnoreCase("false") || t.equals("0")) {
                return false;
            }
        }
        throw cannotConvert(value, type, "BOOLEAN");
    }

    /** An integer in [min, max]; fractions are truncated as the JDBC spec allows, out of range is an error. */
    static long toLong(Object value, LogicalType type, long min, long max, String target) throws SQLException {
        long result;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            result = ((Number) value).longValue();
        } else if (value instanceof Boolean b) {
            result = b ? 1 : 0;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || d < min || d > max + 1.0 || (d >= 0x1p63)) {
                throw outOfRange(value, type, target);
            }
            result = (long) d;
        } else if (value instanceof Number || value instanceof String) {
            BigDecimal exact = toBigDecimal(value, type).setScale(0, RoundingMode.DOWN);
            if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
                throw outOfRange(value, type, target);
            }
            result = exact.longValue();
        } else {
            throw cannotConvert(value, type, target);
        }
        if (result < min || result > max) {
            throw outOfRange(value, type, target);
        }
        return result;
    }

    static double toDouble(Object value, LogicalType type, String target) throws SQLException {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, type, target);
            }
        }
        throw cannotConvert(value, type, target);
    }

    static BigDecimal toBigDecimal(Object value, LogicalType type) throws SQLException {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw cannotConvert(value, type, "DECIMAL");
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, type, "DECIMAL");
            }
        }
        throw cannotConvert(value, type, "DECIMAL");
    }

    static byte[] toBytes(Object value, LogicalType type) throws SQLException {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw cannotConvert(value, type, "BINARY");
    }

    static LocalDate toLocalDate(Object value, LogicalType type) throws SQLException {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw cannotConvert(value, type, "DATE");
            }
        }
        throw cannotConvert(value, type, "DATE");
    }

    static LocalDateTime toLocalDateTime(Object value, LogicalType type) throws SQLException {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (value instanceof String s) {
            try {
                return LocalDateTime.parse(s.trim().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw cannotConvert(value, type, "TIMESTAMP");
            }
        }
        throw cannotConvert(value, type, "TIMESTAMP");
    }

    static OffsetDateTime toOffsetDateTime(Object value, LogicalType type) throws SQLException {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s.trim().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                // a timestamp without zone: read as UTC below
            }
        }
        return toLocalDateTime(value, type).atOffset(ZoneOffset.UTC);
    }

    static LocalTime toLocalTime(Object value, LogicalType type) throws SQLException {
        if (value instanceof LocalTime t) {
            return t;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalTime();
        }
        if (value instanceof String s) {
            try {
                return LocalTime.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw cannotConvert(value, type, "TIME");
            }
        }
        throw cannotConvert(value, type, "TIME");
    }

    static UUID toUuid(Object value, LogicalType type) throws SQLException {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof String s) {
            try {
                return UUID.fromString(s.trim());
            } catch (IllegalArgumentException e) {
                throw cannotConvert(value, type, "UUID");
            }
        }
        throw cannotConvert(value, type, "UUID");
    }

    /** The object {@code getObject(int)} returns; keep in step with {@link JdbcTypeMapping#className}. */
    static Object toJdbcObject(Object value, LogicalType type) throws SQLException {
        return switch (type.id()) {
            case INT64, SERIAL, UINT32 -> toLong(value, type, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
            case INT32, UINT16 -> (int) toLong(value, type, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
            case INT16, UINT8 -> (short) toLong(value, type, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
            case INT8 -> (byte) toLong(value, type, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
            case INT128, UINT64 -> toBigDecimal(value, type).toBigIntegerExact();
            case DOUBLE -> toDouble(value, type, "DOUBLE");
            case FLOAT -> (float) toDouble(value, type, "REAL");
            case BOOL -> toBoolean(value, type);
            case STRING, JSON, INTERNAL_ID -> toText(value, type);
            case DATE -> Date.valueOf(toLocalDate(value, type));
            case TIMESTAMP, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC -> Timestamp.valueOf(toLocalDateTime(value, type));
            case TIMESTAMP_TZ -> toOffsetDateTime(value, type);
            case UUID -> toUuid(value, type);
            case BLOB -> toBytes(value, type);
            case DECIMAL -> toBigDecimal(value, type);
            default -> value; // INTERVAL, nested and untyped values: the engine's own object (Interval, List, ...)
        };
    }

    static Time toTime(Object value, LogicalType type) throws SQLException {
        return Time.valueOf(toLocalTime(value, type));
    }

    static SQLException cannotConvert(Object value, LogicalType type, String target) {
        return SqlErrors.withState("Cannot convert " + type + " value '" + describe(value, type) + "' to " + target,
                SqlErrors.INVALID_CHARACTER_VALUE);
    }

    static SQLException outOfRange(Object value, LogicalType type, String target) {
        return SqlErrors.withState(type + " value '" + describe(value, type) + "' is out of range for " + target,
                SqlErrors.NUMERIC_OUT_OF_RANGE);
    }

    private static String describe(Object value, LogicalType type) {
        try {
            return toText(value, type);
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
