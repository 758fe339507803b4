package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Kùzu's string-to-number and string-to-bool casts, with their range checks and errors. */
final class NumberParser {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberParser() {
    }

    /** An integer of a type held in a long (INT8..INT64, UINT8..UINT32, SERIAL). */
    static long parseLong(String text, LogicalType type) {
        return parseBigInteger(text, type).longValue();
    }

    /** An integer of any integer type as a BigInteger, within the type's range. */
    static BigInteger parseBigInteger(String text, LogicalType type) {
        String trimmed = text.trim();
        if (!INTEGER.matcher(trimmed).matches()) {
            throw ValueParser.castError(text, type);
        }
        BigInteger value = new BigInteger(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        if (!IntegerBounds.contains(type, value)) {
            throw ValueParser.castError(text, type);
        }
        return value;
    }

    static double parseDouble(String text, LogicalType type) {
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw ValueParser.castError(text, type);
        }
        double value = Double.parseDouble(trimmed);
        return type.id() == TypeId.FLOAT ? (double) (float) value : value;
    }

    /** A DECIMAL with the type's scale (rounded half away from zero); too many digits is an overflow. */
    static BigDecimal parseDecimal(String text, LogicalType type) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw ValueParser.castError(text, type);
        }
        return toDecimal(new BigDecimal(trimmed), type, trimmed);
    }

    /** Rounds a number to the DECIMAL type's scale and checks its precision. */
    static BigDecimal toDecimal(BigDecimal value, LogicalType type, String shownAs) {
        BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale() && scaled.signum() != 0) {
            throw KuzuException.overflow("Decimal Cast Failed: input " + shownAs + " is not in range of " + type);
        }
        return scaled;
    }

    static boolean parseBool(String text, LogicalType type) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "true", "t", "1" -> true;
            case "false", "f", "0" -> false;
            default -> throw ValueParser.castError(text, type);
        };
    }
}
