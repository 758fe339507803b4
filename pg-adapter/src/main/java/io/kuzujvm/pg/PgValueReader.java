package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.ValueVector;
import org.postgresql.util.PGInterval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
            case FLOAT -> {
                double value = rs.getDouble(column);
                vector.setDouble(row, value);
                vector.setNull(row, rs.wasNull());
            }
            // Nested values, and DOUBLE for numeric's sake (see PgNumericAsDouble), come as text.
            case DOUBLE, STRUCT, LIST -> vector.setValue(row, PgTextValue.parse(rs.getString(column), type));
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
            case INTERVAL -> vector.setObject(row, PgTextValue.interval((PGInterval) rs.getObject(column)));
            default -> vector.setObject(row, rs.getString(column));
        }
    }
}
