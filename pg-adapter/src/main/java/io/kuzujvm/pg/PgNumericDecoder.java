package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.vector.ValueVector;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * PostgreSQL's binary numeric (ndigits, weight, sign, dscale, then base-10000 digits) as a
 * DECIMAL of the column's scale (a BigDecimal, as the cursor path stores it) or as a DOUBLE
 * for numerics without a declared precision.
 */
final class PgNumericDecoder implements PgBinaryDecoder {

    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int POSITIVE_INFINITY = 0xD000;
    private static final int NEGATIVE_INFINITY = 0xF000;
    private static final BigInteger BASE = BigInteger.valueOf(10_000);

    private final LogicalType target;

    private PgNumericDecoder(LogicalType target) {
        this.target = target;
    }

    /** A decoder into DECIMAL or DOUBLE, or null for any other target type. */
    static PgBinaryDecoder forTarget(LogicalType target) {
        return target.id() == TypeId.DECIMAL || target.id() == TypeId.DOUBLE ? new PgNumericDecoder(target) : null;
    }

    @Override
    public Object decode(byte[] bytes, int offset, int length) {
        if (target.id() == TypeId.DOUBLE) {
            return toDouble(bytes, offset);
        }
        int sign = BigEndian.readShort(bytes, offset + 4) & 0xFFFF;
        if (sign == NAN || sign == POSITIVE_INFINITY || sign == NEGATIVE_INFINITY) {
            throw new KuzuException(KuzuException.Kind.CONVERSION,
                    "PostgreSQL numeric " + special(sign) + " has no value in " + target + ".");
        }
        return toBigDecimal(bytes, offset).setScale(target.scale(), RoundingMode.HALF_UP);
    }

    @Override
    public void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
        if (target.id() == TypeId.DOUBLE) {
            vector.setDouble(row, toDouble(bytes, offset));
        } else {
            vector.setObject(row, decode(bytes, offset, length));
        }
    }

    private static double toDouble(byte[] bytes, int offset) {
        return switch (BigEndian.readShort(bytes, offset + 4) & 0xFFFF) {
            case NAN -> Double.NaN;
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            // Through the text PostgreSQL would print (display scale dscale), so both read paths
            // give the same double, Kùzu's (see PgNumericAsDouble).
            default -> PgNumericAsDouble.parse(toBigDecimal(bytes, offset)
                    .setScale(BigEndian.readShort(bytes, offset + 6) & 0xFFFF, RoundingMode.UNNECESSARY).toPlainString());
        };
    }

    /** The exact value, at whatever scale its last base-10000 digit gives it. */
    private static BigDecimal toBigDecimal(byte[] bytes, int offset) {
        int digits = BigEndian.readShort(bytes, offset);
        int weight = BigEndian.readShort(bytes, offset + 2);
        boolean negative = (BigEndian.readShort(bytes, offset + 4) & 0xFFFF) == NEGATIVE;
        // The last digit stands for 10000^(weight - digits + 1).
        int scale = -4 * (weight - digits + 1);
        if (digits <= 4) {
            // Up to 16 decimal digits fit in a long: no BigInteger for the common case.
            long value = 0;
            for (int i = 0; i < digits; i++) {
                value = value * 10_000 + BigEndian.readShort(bytes, offset + 8 + 2 * i);
            }
            return BigDecimal.valueOf(negative ? -value : value, scale);
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < digits; i++) {
            value = value.multiply(BASE).add(BigInteger.valueOf(BigEndian.readShort(bytes, offset + 8 + 2 * i)));
        }
        return new BigDecimal(negative ? value.negate() : value, scale);
    }

    private static String special(int sign) {
        return sign == NAN ? "NaN" : sign == POSITIVE_INFINITY ? "Infinity" : "-Infinity";
    }
}
