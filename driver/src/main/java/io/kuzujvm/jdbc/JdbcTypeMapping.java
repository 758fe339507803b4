package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.sql.Types;

/**
 * How each Kùzu type looks through JDBC: its {@link Types} code, the Java class
 * {@code getObject} returns, precision, scale and display size. Result set metadata,
 * {@code getObject} and database metadata all ask here so they agree.
 */
final class JdbcTypeMapping {

    /** The length reported for values without a bound (STRING, BLOB), as pgjdbc does for text. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private JdbcTypeMapping() {
    }

    static int sqlType(LogicalType type) {
        return switch (type.id()) {
            case INT64, SERIAL, UINT32 -> Types.BIGINT;
            case INT32, UINT16 -> Types.INTEGER;
            case INT16, UINT8 -> Types.SMALLINT;
            case INT8 -> Types.TINYINT;
            case INT128, UINT64 -> Types.NUMERIC;
            case DOUBLE -> Types.DOUBLE;
            case FLOAT -> Types.REAL;
            case BOOL -> Types.BOOLEAN;
            case STRING -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIMESTAMP, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC -> Types.TIMESTAMP;
            case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BLOB -> Types.VARBINARY;
            case DECIMAL -> Types.DECIMAL;
            case LIST, ARRAY -> Types.ARRAY;
            case STRUCT -> Types.STRUCT;
            default -> Types.OTHER;
        };
    }

    /** The Kùzu name of the type, as Kùzu prints it. */
    static String typeName(LogicalType type) {
        return type.toString();
    }

    /** The class {@link KuzuResultSet#getObject(int)} returns for the type; keep in step with {@link ValueConversions#toJdbcObject}. */
    static String className(LogicalType type) {
        return switch (type.id()) {
            case INT64, SERIAL, UINT32 -> Long.class.getName();
            case INT32, UINT16 -> Integer.class.getName();
            case INT16, UINT8 -> Short.class.getName();
            case INT8 -> Byte.class.getName();
            case INT128, UINT64 -> java.math.BigInteger.class.getName();
            case DOUBLE -> Double.class.getName();
            case FLOAT -> Float.class.getName();
            case BOOL -> Boolean.class.getName();
            case STRING, JSON, INTERNAL_ID -> String.class.getName();
            case INTERVAL -> io.kuzujvm.engine.types.Interval.class.getName();
            case LIST, ARRAY -> java.util.List.class.getName();
            case STRUCT, NODE, REL, RECURSIVE_REL -> io.kuzujvm.engine.types.StructValue.class.getName();
            case MAP -> io.kuzujvm.engine.types.MapValue.class.getName();
            case DATE -> java.sql.Date.class.getName();
            case TIMESTAMP, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC -> java.sql.Timestamp.class.getName();
            case TIMESTAMP_TZ -> java.time.OffsetDateTime.class.getName();
            case UUID -> java.util.UUID.class.getName();
            case BLOB -> byte[].class.getName();
            case DECIMAL -> java.math.BigDecimal.class.getName();
            default -> Object.class.getName();
        };
    }

    /** Decimal digits for numbers, characters for text and temporal values. */
    static int precision(LogicalType type) {
        return switch (type.id()) {
            case INT8, UINT8 -> 3;
            case INT16, UINT16 -> 5;
            case INT32, UINT32 -> 10;
            case INT64, SERIAL -> 19;
            case UINT64 -> 20;
            case INT128 -> 39;
            case FLOAT -> 8;
            case DOUBLE -> 17;
            case DECIMAL -> type.precision();
            case BOOL -> 1;
            case DATE -> 10;
            case TIMESTAMP -> 26; // yyyy-MM-dd HH:mm:ss.ffffff
            case TIMESTAMP_NS -> 29;
            case TIMESTAMP_MS -> 23;
            case TIMESTAMP_SEC -> 19;
            case TIMESTAMP_TZ -> 32;
            case UUID -> 36;
            default -> UNBOUNDED;
        };
    }

    static int scale(LogicalType type) {
        return switch (type.id()) {
            case TIMESTAMP, TIMESTAMP_TZ -> 6;
            case TIMESTAMP_NS -> 9;
            case TIMESTAMP_MS -> 3;
            case DECIMAL -> type.scale();
            default -> 0;
        };
    }

    static int displaySize(LogicalType type) {
        return switch (type.id()) {
            // one more for the sign
            case INT8, INT16, INT32, INT64, SERIAL, INT128 -> precision(type) + 1;
            case DECIMAL -> precision(type) + (type.scale() > 0 ? 2 : 1); // sign and decimal point
            case FLOAT -> 15;
            case DOUBLE -> 25;
            case BOOL -> 5; // "False"
            default -> precision(type);
        };
    }

    static boolean isSigned(LogicalType type) {
        return switch (type.id()) {
            case INT8, INT16, INT32, INT64, INT128, SERIAL, FLOAT, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    static boolean isCaseSensitive(LogicalType type) {
        return type.id() == TypeId.STRING;
    }

    /** Parses a type name from TABLE_INFO; names the engine cannot parse map to ANY (Types.OTHER). */
    static LogicalType parseTypeName(String name) {
        if (name == null) {
            return LogicalType.ANY;
        }
        try {
            return LogicalType.parse(name);
        } catch (RuntimeException e) {
            return LogicalType.ANY;
        }
    }
}
