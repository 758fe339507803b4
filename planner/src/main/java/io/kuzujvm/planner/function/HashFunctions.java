package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static io.kuzujvm.planner.function.Fn.ANY;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.typed;

/**
 * md5 and sha256 of a value's text (hex digests), and hash(): Kùzu's own 64-bit hash of a value,
 * the one its hash joins use, so that the numbers match Kùzu's.
 */
final class HashFunctions {

    /** Kùzu's hash of null, also what a list's hash starts from. */
    private static final long NULL_HASH = -1L;
    private static final long COMBINE_FACTOR = 0xbf58476d1ce4e5b9L;

    private HashFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(typed("md5", args(LogicalType.STRING, ANY), types -> a -> digest("MD5", a[0], types.get(0))));
        all.add(typed("sha256", args(LogicalType.STRING, ANY), types -> a -> digest("SHA-256", a[0], types.get(0))));
        all.add(typed("hash", args(LogicalType.UINT64, ANY),
                types -> a -> new BigInteger(Long.toUnsignedString(hash(a[0], types.get(0))))));
        return all;
    }

    private static String digest(String algorithm, Object value, LogicalType type) {
        try {
            byte[] text = ValueFormatter.format(value, type).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private static long hash(Object value, LogicalType type) {
        if (value == null) {
            return NULL_HASH;
        }
        return switch (type.id()) {
            case BOOL -> murmur((Boolean) value ? 1 : 0);
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, SERIAL -> murmur(((Number) value).longValue());
            case UINT64 -> murmur(((BigInteger) value).longValue());
            case INT128 -> murmur(((BigInteger) value).longValue()) ^ murmur(((BigInteger) value).shiftRight(64).longValue());
            // -0.0 hashes as 0.0; a FLOAT by its 32 bits.
            case DOUBLE -> (Double) value == 0 ? murmur(0) : murmur(Double.doubleToRawLongBits((Double) value));
            case FLOAT -> ((Number) value).floatValue() == 0 ? murmur(0)
                    : murmur(Integer.toUnsignedLong(Float.floatToRawIntBits(((Number) value).floatValue())));
            case STRING -> bytes(((String) value).getBytes(StandardCharsets.UTF_8));
            case BLOB -> bytes((byte[]) value);
            case DATE -> murmur(((LocalDate) value).toEpochDay());
            case TIMESTAMP -> murmur(ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), (LocalDateTime) value));
            case TIMESTAMP_TZ -> murmur(ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0),
                    ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
            case INTERVAL -> interval((Interval) value);
            case INTERNAL_ID -> internalId(InternalId.unpack((Long) value));
            case LIST, ARRAY -> list(ListFunctions.list(value), type.elementType());
            case STRUCT -> struct((StructValue) value, type);
            // Nodes and rels hash by their internal id.
            case NODE, REL -> internalId(InternalId.unpack((Long) EntityFunctions.field((StructValue) value, "_ID")));
            default -> throw KuzuException.runtime("Cannot hash data type " + type + ".");
        };
    }

    /** The mixer Kùzu calls murmurhash64 (from nullprogram.com/blog/2018/07/31). */
    private static long murmur(long x) {
        x ^= x >>> 32;
        x *= 0xd6e8feb86659fd93L;
        x ^= x >>> 32;
        x *= 0xd6e8feb86659fd93L;
        x ^= x >>> 32;
        return x;
    }

    private static long combine(long a, long b) {
        return a * COMBINE_FACTOR ^ b;
    }

    /** 8 bytes at a time, little-endian; the last, shorter block with each byte sign-extended as a C char. */
    private static long bytes(byte[] data) {
        long hash = 0;
        int blocks = data.length / 8;
        for (int i = 0; i < blocks; i++) {
            long block = 0;
            for (int j = 7; j >= 0; j--) {
                block = block << 8 | (data[i * 8 + j] & 0xFF);
            }
            hash = combine(hash, murmur(block));
        }
        long last = 0;
        for (int i = 0; i < data.length % 8; i++) {
            last |= (long) data[blocks * 8 + i] << (i * 8);
        }
        return combine(hash, murmur(last));
    }

    private static long interval(Interval interval) {
        return combine(murmur(interval.months()), combine(murmur(interval.days()), murmur(interval.micros())));
    }

    private static long internalId(InternalId id) {
        return murmur(id.offset()) ^ murmur(id.tableId());
    }

    private static long list(List<Object> values, LogicalType elementType) {
        long hash = NULL_HASH;
        for (Object value : values) {
            hash = combine(hash, hash(value, elementType));
        }
        return hash;
    }

    /** The first field's hash, then each further field's hash combined with the hash so far. */
    private static long struct(StructValue value, LogicalType type) {
        long hash = hash(value.values().get(0), type.children().get(0));
        for (int i = 1; i < value.values().size(); i++) {
            hash = combine(hash(value.values().get(i), type.children().get(i)), hash);
        }
        return hash;
    }
}
