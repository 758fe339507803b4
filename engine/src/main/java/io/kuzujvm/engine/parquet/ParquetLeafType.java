package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Kùzu type of a primitive Parquet column (from its physical, logical and converted types,
 * as Kùzu derives it) and the conversion of decoded values (Long, Double, Boolean, byte[]) to
 * the engine's values of that type.
 */
record ParquetLeafType(LogicalType type, Function<Object, Object> converter) {

    private static final long JULIAN_DAY_OF_EPOCH = 2440588;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /** As Kùzu: the converted type first, then the logical type (for what has no converted type), then the physical type. */
    static ParquetLeafType of(ParquetMetadata.SchemaElement element) {
        ParquetLeafType type = element.convertedType() >= 0 ? fromConvertedType(element) : null;
        if (type == null && element.logicalType() != null) {
            type = fromLogicalType(element, element.logicalType());
        }
        return type != null ? type : fromPhysicalType(element.type());
    }

    private static ParquetLeafType fromLogicalType(ParquetMetadata.SchemaElement element, ThriftStruct logical) {
        if (logical.has(8)) {
            ThriftStruct timestamp = logical.struct(8);
            ThriftStruct unit = timestamp.struct(2);
            long perSecond = unit.has(1) ? 1_000 : unit.has(2) ? 1_000_000 : 1_000_000_000;
            boolean utc = timestamp.bool(1, false);
            LogicalType type = utc ? LogicalType.TIMESTAMP_TZ
                    : perSecond == 1_000_000_000 ? LogicalType.TIMESTAMP_NS
                    : perSecond == 1_000 ? LogicalType.TIMESTAMP_MS : LogicalType.TIMESTAMP;
            return new ParquetLeafType(type, v -> timestamp((Long) v, perSecond, utc));
        }
        if (logical.has(5)) {
            ThriftStruct decimal = logical.struct(5);
            return decimal(decimal.i32(2, element.precision()), decimal.i32(1, element.scale()));
        }
        if (logical.has(14)) {
            return new ParquetLeafType(LogicalType.UUID, v -> uuid((byte[]) v));
        }
        if (logical.has(10)) {
            ThriftStruct integer = logical.struct(10);
            return integer((int) integer.i64(1, 32), integer.bool(2, true));
        }
        if (logical.has(1) || logical.has(4) || logical.has(12)) {
            return new ParquetLeafType(LogicalType.STRING, ParquetLeafType::string);
        }
        if (logical.has(6)) {
            return new ParquetLeafType(LogicalType.DATE, v -> LocalDate.ofEpochDay((Long) v));
        }
        return null;
    }

    private static ParquetLeafType fromConvertedType(ParquetMetadata.SchemaElement element) {
        return switch (element.convertedType()) {
            case ParquetConstants.UTF8, ParquetConstants.ENUM, ParquetConstants.JSON ->
                    new ParquetLeafType(LogicalType.STRING, ParquetLeafType::string);
            case ParquetConstants.INT_8 -> integer(8, true);
            case ParquetConstants.INT_16 -> integer(16, true);
            case ParquetConstants.INT_32 -> integer(32, true);
            case ParquetConstants.INT_64 -> integer(64, true);
            case ParquetConstants.UINT_8 -> integer(8, false);
            case ParquetConstants.UINT_16 -> integer(16, false);
            case ParquetConstants.UINT_32 -> integer(32, false);
            case ParquetConstants.UINT_64 -> integer(64, false);
            case ParquetConstants.DATE -> new ParquetLeafType(LogicalType.DATE, v -> LocalDate.ofEpochDay((Long) v));
            case ParquetConstants.TIMESTAMP_MILLIS ->
                    new ParquetLeafType(LogicalType.TIMESTAMP, v -> timestamp((Long) v, 1_000, false));
            case ParquetConstants.TIMESTAMP_MICROS ->
                    new ParquetLeafType(LogicalType.TIMESTAMP, v -> timestamp((Long) v, 1_000_000, false));
            case ParquetConstants.DECIMAL -> decimal(element.precision(), element.scale());
            case ParquetConstants.INTERVAL -> new ParquetLeafType(LogicalType.INTERVAL, v -> interval((byte[]) v));
            default -> null;
        };
    }

    private static ParquetLeafType fromPhysicalType(int physicalType) {
        return switch (physicalType) {
            case ParquetConstants.BOOLEAN -> new ParquetLeafType(LogicalType.BOOL, Function.identity());
            case ParquetConstants.INT32 -> new ParquetLeafType(LogicalType.INT32, Function.identity());
            case ParquetConstants.INT64 -> new ParquetLeafType(LogicalType.INT64, Function.identity());
            case ParquetConstants.INT96 -> new ParquetLeafType(LogicalType.TIMESTAMP, v -> int96((byte[]) v));
            case ParquetConstants.FLOAT -> new ParquetLeafType(LogicalType.FLOAT, Function.identity());
            case ParquetConstants.DOUBLE -> new ParquetLeafType(LogicalType.DOUBLE, Function.identity());
            default -> new ParquetLeafType(LogicalType.BLOB, Function.identity());
        };
    }

    private static ParquetLeafType integer(int bits, boolean signed) {
        if (signed) {
            LogicalType type = switch (bits) {
                case 8 -> LogicalType.INT8;
                case 16 -> LogicalType.INT16;
                case 32 -> LogicalType.INT32;
                default -> LogicalType.INT64;
            };
            return new ParquetLeafType(type, Function.identity());
        }
        return switch (bits) {
            case 8 -> new ParquetLeafType(LogicalType.UINT8, v -> (Long) v & 0xffL);
            case 16 -> new ParquetLeafType(LogicalType.UINT16, v -> (Long) v & 0xffffL);
            case 32 -> new ParquetLeafType(LogicalType.UINT32, v -> (Long) v & 0xffff_ffffL);
            default -> new ParquetLeafType(LogicalType.UINT64,
                    v -> new BigInteger(Long.toUnsignedString((Long) v)));
        };
    }

    private static ParquetLeafType decimal(int precision, int scale) {
        return new ParquetLeafType(LogicalType.decimal(precision, scale), v -> new BigDecimal(
                v instanceof byte[] bytes ? new BigInteger(bytes) : BigInteger.valueOf((Long) v), scale));
    }

    private static Object string(Object bytes) {
        return new String((byte[]) bytes, StandardCharsets.UTF_8);
    }

    private static Object timestamp(long value, long perSecond, boolean utc) {
        long seconds = Math.floorDiv(value, perSecond);
        long nanos = Math.floorMod(value, perSecond) * (1_000_000_000 / perSecond);
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
        return utc ? time.atOffset(ZoneOffset.UTC) : time;
    }

    /** Impala's INT96 timestamps: nanoseconds of the day, then the Julian day. */
    private static Object int96(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buffer.getLong();
        long julianDay = buffer.getInt() & 0xffff_ffffL;
        long nanos = (julianDay - JULIAN_DAY_OF_EPOCH) * NANOS_PER_DAY + nanosOfDay;
        return timestamp(Math.floorDiv(nanos, 1_000), 1_000_000, false);
    }

    private static Object uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** Parquet's INTERVAL: months, days and milliseconds as little-endian unsigned ints. */
    private static Object interval(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new Interval(buffer.getInt(), buffer.getInt(), (buffer.getInt() & 0xffff_ffffL) * 1_000);
    }

}
