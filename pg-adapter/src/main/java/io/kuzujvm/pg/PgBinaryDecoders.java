package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.PhysicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.vector.ValueVector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The binary decoder for a result column, chosen by PostgreSQL's type name for it and the
 * Kùzu type the scan produces. A column gets none when PostgreSQL's type has no decoder here
 * (composite, geometric, network types, ...) or when the Kùzu type is not the one the decoder
 * produces; the scan then reads the whole query through a cursor instead.
 */
final class PgBinaryDecoders {

    /** The type name {@link PgResultTypes} reports for any enum (whose binary form is its label). */
    static final String ENUM = "enum";

    private PgBinaryDecoders() {
    }

    /** The decoder from a PostgreSQL type into a Kùzu type, or null when there is none. */
    static PgBinaryDecoder forColumn(String pgType, LogicalType target) {
        if (pgType.startsWith("_")) {
            if (target.id() != TypeId.LIST) {
                return null;
            }
            LogicalType element = target.children().get(0);
            while (element.id() == TypeId.LIST) {
                element = element.children().get(0);
            }
            PgBinaryDecoder elementDecoder = forColumn(pgType.substring(1), element);
            return elementDecoder == null ? null : new PgArrayDecoder(elementDecoder);
        }
        Function<LogicalType, PgBinaryDecoder> scalar = SCALARS.get(pgType);
        return scalar == null ? null : scalar.apply(target);
    }

    /** Whether a PostgreSQL type (or, for {@code _name}, its element type) has a decoder into some Kùzu type. */
    static boolean decodes(String pgType) {
        return SCALARS.containsKey(pgType.startsWith("_") ? pgType.substring(1) : pgType);
    }

    private static final PgBinaryDecoder BOOL = new PgBinaryDecoder() {
        @Override
        public Object decode(byte[] bytes, int offset, int length) {
            return bytes[offset] != 0;
        }

        @Override
        public void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
            vector.setBool(row, bytes[offset] != 0);
        }
    };

    /** Text types, enums and json: their binary form is their text in the client encoding (UTF-8). */
    private static final Function<LogicalType, PgBinaryDecoder> TEXT =
            target -> when(target, TypeId.STRING, PgBinaryDecoders::text);

    private static final Map<String, Function<LogicalType, PgBinaryDecoder>> SCALARS = Map.ofEntries(
            Map.entry("bool", target -> target.physicalType() == PhysicalType.BOOL ? BOOL : null),
            Map.entry("int2", target -> longTarget(target, (b, o, l) -> BigEndian.readShort(b, o))),
            Map.entry("int4", target -> longTarget(target, (b, o, l) -> BigEndian.readInt(b, o))),
            Map.entry("int8", target -> longTarget(target, (b, o, l) -> BigEndian.readLong(b, o))),
            Map.entry("float4", target -> doubleTarget(target,
                    (b, o, l) -> Float.intBitsToFloat(BigEndian.readInt(b, o)))),
            Map.entry("float8", target -> doubleTarget(target,
                    (b, o, l) -> Double.longBitsToDouble(BigEndian.readLong(b, o)))),
            Map.entry("numeric", PgNumericDecoder::forTarget),
            Map.entry("text", TEXT),
            Map.entry("varchar", TEXT),
            Map.entry("bpchar", TEXT),
            Map.entry("name", TEXT),
            Map.entry("json", TEXT),
            Map.entry("xml", TEXT),
            Map.entry(ENUM, TEXT),
            // jsonb's binary form is a version byte (1) followed by the text.
            Map.entry("jsonb", target -> when(target, TypeId.STRING, PgBinaryDecoders::jsonb)),
            Map.entry("bytea", target -> when(target, TypeId.BLOB, (b, o, l) -> Arrays.copyOfRange(b, o, o + l))),
            Map.entry("date", target -> when(target, TypeId.DATE, (b, o, l) -> PgTemporal.date(BigEndian.readInt(b, o)))),
            Map.entry("timestamp", target -> when(target, TypeId.TIMESTAMP,
                    (b, o, l) -> PgTemporal.timestamp(BigEndian.readLong(b, o)))),
            Map.entry("timestamptz", target -> when(target, TypeId.TIMESTAMP_TZ,
                    (b, o, l) -> PgTemporal.timestampTz(BigEndian.readLong(b, o)))),
            Map.entry("interval", target -> when(target, TypeId.INTERVAL, (b, o, l) -> new Interval(
                    BigEndian.readInt(b, o + 12), BigEndian.readInt(b, o + 8), BigEndian.readLong(b, o)))),
            Map.entry("uuid", target -> when(target, TypeId.UUID,
                    (b, o, l) -> new UUID(BigEndian.readLong(b, o), BigEndian.readLong(b, o + 8)))));

    private static PgBinaryDecoder longTarget(LogicalType target, PgBinaryDecoder.OfLong decoder) {
        return target.physicalType() == PhysicalType.LONG ? decoder : null;
    }

    private static PgBinaryDecoder doubleTarget(LogicalType target, PgBinaryDecoder.OfDouble decoder) {
        return target.physicalType() == PhysicalType.DOUBLE ? decoder : null;
    }

    private static PgBinaryDecoder when(LogicalType target, TypeId id, PgBinaryDecoder decoder) {
        return target.id() == id ? decoder : null;
    }

    private static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    private static String jsonb(byte[] bytes, int offset, int length) {
        if (bytes[offset] != 1) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "Unknown jsonb binary format version " + bytes[offset] + ".");
        }
        return text(bytes, offset + 1, length - 1);
    }
}
