package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Parquet schema the writer gives Kùzu columns: every column optional; LIST and ARRAY as
 * three-level lists, MAP as repeated key_value groups, STRUCT as groups; types Parquet lacks as
 * strings. For each primitive column it also gives the encoder of engine values to the physical
 * values the page encoder takes (Long, Double, Boolean, byte[]) and the column's path.
 */
final class ParquetSchemaBuilder {

    /** What the writer needs per primitive column. */
    record LeafColumn(int physicalType, int typeLength, List<String> path, Function<Object, Object> encoder) {
    }

    private final List<ParquetMetadata.SchemaElement> elements = new ArrayList<>();
    private final List<LeafColumn> leaves = new ArrayList<>();

    ParquetSchemaBuilder(List<String> names, List<LogicalType> types) {
        elements.add(group("schema", ParquetConstants.REQUIRED, names.size(), -1, null));
        for (int i = 0; i < names.size(); i++) {
            add(names.get(i), types.get(i), ParquetConstants.OPTIONAL, List.of());
        }
    }

    List<ParquetMetadata.SchemaElement> elements() {
        return elements;
    }

    List<LeafColumn> leaves() {
        return leaves;
    }

    private void add(String name, LogicalType type, int repetition, List<String> parentPath) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(name);
        switch (type.id()) {
            case LIST, ARRAY -> {
                elements.add(group(name, repetition, 1, ParquetConstants.LIST, logical(3)));
                elements.add(group("list", ParquetConstants.REPEATED, 1, -1, null));
                path.add("list");
                add("element", type.elementType(), ParquetConstants.OPTIONAL, path);
            }
            case MAP -> {
                elements.add(group(name, repetition, 1, ParquetConstants.MAP, logical(2)));
                elements.add(group("key_value", ParquetConstants.REPEATED, 2, -1, null));
                path.add("key_value");
                add("key", type.keyType(), ParquetConstants.REQUIRED, path);
                add("value", type.valueType(), ParquetConstants.OPTIONAL, path);
            }
            case STRUCT -> {
                elements.add(group(name, repetition, type.children().size(), -1, null));
                for (int i = 0; i < type.children().size(); i++) {
                    add(type.fieldNames().get(i), type.children().get(i), ParquetConstants.OPTIONAL, path);
                }
            }
            default -> addLeaf(name, type, repetition, path);
        }
    }

    private void addLeaf(String name, LogicalType type, int repetition, List<String> path) {
        Function<Object, Object> asLong = v -> ((Number) v).longValue();
        switch (type.id()) {
            case BOOL -> leaf(name, repetition, path, ParquetConstants.BOOLEAN, -1, null, Function.identity());
            case INT8 -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.INT_8, null, asLong);
            case INT16 -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.INT_16, null, asLong);
            case INT32 -> leaf(name, repetition, path, ParquetConstants.INT32, -1, null, asLong);
            case INT64, SERIAL -> leaf(name, repetition, path, ParquetConstants.INT64, -1, null, asLong);
            case UINT8 -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.UINT_8, null, asLong);
            case UINT16 -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.UINT_16, null, asLong);
            case UINT32 -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.UINT_32, null, asLong);
            case UINT64 -> leaf(name, repetition, path, ParquetConstants.INT64, ParquetConstants.UINT_64, null,
                    v -> ((BigInteger) v).longValue());
            case FLOAT, DOUBLE -> leaf(name, repetition, path, type.id() == TypeId.FLOAT
                    ? ParquetConstants.FLOAT : ParquetConstants.DOUBLE, -1, null, v -> ((Number) v).doubleValue());
            case BLOB -> leaf(name, repetition, path, ParquetConstants.BYTE_ARRAY, -1, null, Function.identity());
            case DATE -> leaf(name, repetition, path, ParquetConstants.INT32, ParquetConstants.DATE, null,
                    v -> ((LocalDate) v).toEpochDay());
            case TIMESTAMP, TIMESTAMP_SEC -> timestamp(name, repetition, path, ChronoUnit.MICROS, false);
            case TIMESTAMP_MS -> timestamp(name, repetition, path, ChronoUnit.MILLIS, false);
            case TIMESTAMP_NS -> timestamp(name, repetition, path, ChronoUnit.NANOS, false);
            case TIMESTAMP_TZ -> timestamp(name, repetition, path, ChronoUnit.MICROS, true);
            case DECIMAL -> decimal(name, repetition, path, type.precision(), type.scale());
            case INT128 -> decimal(name, repetition, path, 38, 0);
            case UUID -> {
                elements.add(new ParquetMetadata.SchemaElement(ParquetConstants.FIXED_LEN_BYTE_ARRAY, 16, repetition,
                        name, 0, -1, 0, 0, logical(14)));
                leaves.add(new LeafColumn(ParquetConstants.FIXED_LEN_BYTE_ARRAY, 16, path, v -> uuidBytes((UUID) v)));
            }
            case INTERVAL -> {
                elements.add(new ParquetMetadata.SchemaElement(ParquetConstants.FIXED_LEN_BYTE_ARRAY, 12, repetition,
                        name, 0, ParquetConstants.INTERVAL, 0, 0, null));
                leaves.add(new LeafColumn(ParquetConstants.FIXED_LEN_BYTE_ARRAY, 12, path,
                        v -> intervalBytes((Interval) v)));
            }
            default -> leaf(name, repetition, path, ParquetConstants.BYTE_ARRAY, ParquetConstants.UTF8, logical(1),
                    v -> (v instanceof String s ? s : ValueFormatter.format(v, type)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void leaf(String name, int repetition, List<String> path, int physicalType, int convertedType,
                      ThriftStruct logicalType, Function<Object, Object> encoder) {
        elements.add(new ParquetMetadata.SchemaElement(physicalType, 0, repetition, name, 0, convertedType, 0, 0,
                logicalType));
        leaves.add(new LeafColumn(physicalType, 0, path, encoder));
    }

    private void timestamp(String name, int repetition, List<String> path, ChronoUnit unit, boolean utc) {
        int unitField = unit == ChronoUnit.MILLIS ? 1 : unit == ChronoUnit.MICROS ? 2 : 3;
        ThriftStruct timeUnit = new ThriftStruct(Map.of(unitField, new ThriftStruct(Map.of())));
        ThriftStruct logicalType = new ThriftStruct(Map.of(8, new ThriftStruct(Map.of(1, utc, 2, timeUnit))));
        int converted = unit == ChronoUnit.MILLIS ? ParquetConstants.TIMESTAMP_MILLIS
                : unit == ChronoUnit.MICROS ? ParquetConstants.TIMESTAMP_MICROS : -1;
        leaf(name, repetition, path, ParquetConstants.INT64, converted, logicalType, v -> {
            Instant instant = v instanceof OffsetDateTime time ? time.toInstant()
                    : ((LocalDateTime) v).toInstant(ZoneOffset.UTC);
            long seconds = instant.getEpochSecond();
            return switch (unit) {
                case MILLIS -> seconds * 1_000 + instant.getNano() / 1_000_000;
                case MICROS -> seconds * 1_000_000 + instant.getNano() / 1_000;
                default -> seconds * 1_000_000_000 + instant.getNano();
            };
        });
    }

    /** Decimals of up to 18 digits as INT64, wider ones as 16-byte big-endian two's complement. */
    private void decimal(String name, int repetition, List<String> path, int precision, int scale) {
        ThriftStruct logicalType = new ThriftStruct(Map.of(5, new ThriftStruct(Map.of(1, scale, 2, precision))));
        boolean narrow = precision <= 18;
        int physicalType = narrow ? ParquetConstants.INT64 : ParquetConstants.FIXED_LEN_BYTE_ARRAY;
        elements.add(new ParquetMetadata.SchemaElement(physicalType, narrow ? 0 : 16, repetition, name, 0,
                ParquetConstants.DECIMAL, scale, precision, logicalType));
        leaves.add(new LeafColumn(physicalType, narrow ? 0 : 16, path, v -> {
            BigInteger unscaled = (v instanceof BigDecimal d ? d : new BigDecimal((BigInteger) v))
                    .setScale(scale, RoundingMode.HALF_UP).unscaledValue();
            return narrow ? (Object) unscaled.longValue() : signExtended(unscaled.toByteArray(), 16);
        }));
    }

    private static byte[] signExtended(byte[] bytes, int length) {
        byte[] out = new byte[length];
        byte fill = bytes[0] < 0 ? (byte) -1 : 0;
        Arrays.fill(out, 0, length - bytes.length, fill);
        System.arraycopy(bytes, 0, out, length - bytes.length, bytes.length);
        return out;
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static byte[] intervalBytes(Interval interval) {
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(interval.months()).putInt(interval.days())
                .putInt((int) (interval.micros() / 1_000)).array();
    }

    private static ParquetMetadata.SchemaElement group(String name, int repetition, int children, int convertedType,
                                                       ThriftStruct logicalType) {
        return new ParquetMetadata.SchemaElement(-1, 0, repetition, name, children, convertedType, 0, 0, logicalType);
    }

    private static ThriftStruct logical(int kind) {
        return new ThriftStruct(Map.of(kind, new ThriftStruct(Map.of())));
    }

    /** A MAP value as the key_value structs the schema stores it as. */
    static List<Object> mapEntries(MapValue map) {
        List<Object> entries = new ArrayList<>(map.keys().size());
        for (int i = 0; i < map.keys().size(); i++) {
            List<Object> pair = new ArrayList<>(2);
            pair.add(map.keys().get(i));
            pair.add(map.values().get(i));
            entries.add(new StructValue(List.of("key", "value"), pair));
        }
        return entries;
    }
}
