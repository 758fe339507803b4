package io.kuzujvm.pg;

import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueParser;
import io.kuzujvm.engine.vector.ValueVector;
import org.postgresql.util.PGInterval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a column of a pgjdbc result row into a vector as the Java value its Kùzu type holds. */
final class PgValueReader {

    private PgValueReader() {
    }

    static void read(ResultSet rs, int column, ValueVector vector, int row) throws SQLException {
        LogicalType type = vector.type();
        switch (type.id()) {
            case BOOL -> {
                boolean value = rs.getBoolean(column);
                vector.setBool(row, value);
                vector.setNull(row, rs.wasNull());
            }
            case INT8, INT16, INT32, INT64, SERIAL -> {
                long value = rs.getLong(column);
                vector.setLong(row, value);
                vector.setNull(row, rs.wasNull());
            }
            case FLOAT, DOUBLE -> {
                double value = rs.getDouble(column);
                vector.setDouble(row, value);
                vector.setNull(row, rs.wasNull());
            }
            case DATE -> vector.setObject(row, rs.getObject(column, LocalDate.class));
            case TIMESTAMP -> vector.setObject(row, rs.getObject(column, LocalDateTime.class));
            case TIMESTAMP_TZ -> {
                OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                vector.setObject(row, value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC));
            }
            case BLOB -> vector.setObject(row, rs.getBytes(column));
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(column);
                vector.setObject(row, value == null ? null : value.setScale(type.scale(), RoundingMode.HALF_UP));
            }
            case UUID -> vector.setObject(row, rs.getObject(column, UUID.class));
            case INTERVAL -> vector.setObject(row, interval((PGInterval) rs.getObject(column)));
            case LIST, ARRAY -> {
                Array array = rs.getArray(column);
                vector.setObject(row, array == null ? null : list((Object[]) array.getArray(), type.children().get(0)));
            }
            default -> vector.setObject(row, rs.getString(column));
        }
    }

    private static Interval interval(PGInterval value) {
        if (value == null) {
            return null;
        }
        long micros = Math.round(value.getHours() * 3_600_000_000.0 + value.getMinutes() * 60_000_000.0
                + value.getSeconds() * 1_000_000.0);
        return new Interval(value.getYears() * 12 + value.getMonths(), value.getDays(), micros);
    }

    /** A PostgreSQL array (possibly multi-dimensional) as a list of the element type's values. */
    private static List<Object> list(Object[] elements, LogicalType elementType) {
        List<Object> values = new ArrayList<>(elements.length);
        for (Object element : elements) {
            values.add(element(element, elementType));
        }
        return values;
    }

    private static Object element(Object value, LogicalType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof Object[] nested) {
            return list(nested, type.children().isEmpty() ? type : type.children().get(0));
        }
        return switch (type.physicalType()) {
            case LONG -> ((Number) value).longValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case BOOL -> value;
            case OBJECT -> objectElement(value, type);
        };
    }

    private static Object objectElement(Object value, LogicalType type) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof PGInterval interval) {
            return interval(interval);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(type.scale(), RoundingMode.HALF_UP);
        }
        if (value instanceof String text && type.id() != io.kuzujvm.engine.types.TypeId.STRING) {
            return ValueParser.parse(text, type);
        }
        return value;
    }
}
