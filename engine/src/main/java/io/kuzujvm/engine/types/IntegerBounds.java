package io.kuzujvm.engine.types;

import java.math.BigInteger;

/** The value ranges of Kùzu's integer types. */
public final class IntegerBounds {

    private static final BigInteger INT128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
    private static final BigInteger INT128_MIN = BigInteger.ONE.shiftLeft(127).negate();
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private IntegerBounds() {
    }

    public static BigInteger min(LogicalType type) {
        return switch (type.id()) {
            case INT8 -> BigInteger.valueOf(Byte.MIN_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MIN_VALUE);
            case INT32 -> BigInteger.valueOf(Integer.MIN_VALUE);
            case INT64, SERIAL, INTERNAL_ID -> BigInteger.valueOf(Long.MIN_VALUE);
            case INT128 -> INT128_MIN;
            default -> BigInteger.ZERO;
        };
    }

    public static BigInteger max(LogicalType type) {
        return switch (type.id()) {
            case INT8 -> BigInteger.valueOf(Byte.MAX_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MAX_VALUE);
            case INT32 -> BigInteger.valueOf(Integer.MAX_VALUE);
            case INT64, SERIAL, INTERNAL_ID -> BigInteger.valueOf(Long.MAX_VALUE);
            case INT128 -> INT128_MAX;
            case UINT8 -> BigInteger.valueOf(255);
            case UINT16 -> BigInteger.valueOf(65535);
            case UINT32 -> BigInteger.valueOf(4294967295L);
            case UINT64 -> UINT64_MAX;
            default -> throw new IllegalArgumentException(type + " is not an integer type");
        };
    }

    /**
     * Whether a value held in a long fits the integer type, without allocating (for hot
     * paths). Types whose range is at least a long's accept every value.
     */
    public static boolean containsLong(LogicalType type, long value) {
        return switch (type.id()) {
            case INT8 -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case INT16 -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case INT32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case UINT8 -> value >= 0 && value <= 255;
            case UINT16 -> value >= 0 && value <= 65535;
            case UINT32 -> value >= 0 && value <= 4294967295L;
            default -> true;
        };
    }

    public static boolean contains(LogicalType type, BigInteger value) {
        return value.compareTo(min(type)) >= 0 && value.compareTo(max(type)) <= 0;
    }
}
