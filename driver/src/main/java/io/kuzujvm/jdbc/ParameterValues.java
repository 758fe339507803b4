package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what JDBC setters receive into the Java values the planner takes as parameters
 * (String, Long/Integer/Short/Byte, Double/Float, Boolean, BigDecimal, LocalDate,
 * LocalDateTime, UUID, byte[]). Kùzu timestamps are UTC, so zoned values are moved to UTC.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static Object normalize(Object x) throws SQLException {
        if (x == null || x instanceof String || x instanceof Long || x instanceof Integer || x instanceof Short
                || x instanceof Byte || x instanceof Double || x instanceof Float || x instanceof Boolean
                || x instanceof BigDecimal || x instanceof BigInteger || x instanceof LocalDate
                || x instanceof LocalDateTime || x instanceof UUID) {
            return x;
        }
        if (x instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (x instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (x instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (x instanceof java.sql.Time || x instanceof LocalTime) {
            throw SqlErrors.notSupported("Kuzu has no TIME type; pass a timestamp or a string");
        }
        if (x instanceof java.util.Date date) {
            return new java.sql.Timestamp(date.getTime()).toLocalDateTime();
        }
        if (x instanceof OffsetDateTime || x instanceof ZonedDateTime || x instanceof Instant) {
            return ValueConversions.toLocalDateTime(x, LogicalType.ANY); // the UTC wall-clock time, as getters read it
        }
        if (x instanceof Character c) {
            return c.toString();
        }
        if (x instanceof List<?> || x instanceof Map<?, ?>) {
            return x; // Kùzu LIST and MAP parameters; the planner checks the elements
        }
        throw SqlErrors.withState("Unsupported parameter type " + x.getClass().getName(),
                SqlErrors.INVALID_PARAMETER_VALUE);
    }

    /** setObject with a target java.sql.Types code: the value converted to that type first. */
    static Object convert(Object x, int targetSqlType) throws SQLException {
        Object value = normalize(x);
        if (value == null) {
            return null;
        }
        LogicalType any = LogicalType.ANY;
        return switch (targetSqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> value instanceof String ? value : ValueConversions.toText(value, any);
            case Types.BIGINT -> ValueConversions.toLong(value, any, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
            case Types.INTEGER -> (int) ValueConversions.toLong(value, any, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "INTEGER");
            case Types.SMALLINT -> (short) ValueConversions.toLong(value, any, Short.MIN_VALUE, Short.MAX_VALUE,
                    "SMALLINT");
            case Types.TINYINT -> (byte) ValueConversions.toLong(value, any, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
            case Types.DOUBLE, Types.FLOAT -> ValueConversions.toDouble(value, any, "DOUBLE");
            case Types.REAL -> (float) ValueConversions.toDouble(value, any, "REAL");
            case Types.DECIMAL, Types.NUMERIC -> ValueConversions.toBigDecimal(value, any);
            case Types.BOOLEAN, Types.BIT -> ValueConversions.toBoolean(value, any);
            case Types.DATE -> ValueConversions.toLocalDate(value, any);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ValueConversions.toLocalDateTime(value, any);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ValueConversions.toBytes(value, any);
            case Types.OTHER, Types.JAVA_OBJECT, Types.NULL, Types.ARRAY, Types.STRUCT -> value;
            default -> throw SqlErrors.notSupported("Parameters of java.sql.Types " + targetSqlType
                    + " are not supported");
        };
    }
}
