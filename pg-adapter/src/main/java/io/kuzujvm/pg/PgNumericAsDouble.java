package io.kuzujvm.pg;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code numeric} without precision (Kùzu's DOUBLE) from its text. Kùzu reads these through
 * DuckDB's postgres scanner, which adds up the base-10000 digits in double arithmetic and so
 * rounds numbers beyond 2^53 differently from a correct conversion; we do the same for them
 * so values match Kùzu's. Smaller numbers add up exactly there, so they are parsed directly.
 */
final class PgNumericAsDouble {

    private static final Pattern PLAIN = Pattern.compile("(-?)(\\d{16,})(?:\\.(\\d*))?");
    private static final int NBASE = 10000;
    private static final int DIGITS_PER_GROUP = 4;

    private PgNumericAsDouble() {
    }

    static double parse(String text) {
        Matcher plain = PLAIN.matcher(text);
        if (!plain.matches()) {
            return Double.parseDouble(text);
        }
        String integral = plain.group(2).replaceFirst("^0+", "");
        String fraction = plain.group(3) == null ? "" : plain.group(3);
        double value = accumulate(integral, fraction);
        return plain.group(1).isEmpty() ? value : -value;
    }

    /** DuckDB's ReadDecimal for DOUBLE: integral groups, then fractional groups scaled to the text's scale. */
    private static double accumulate(String integral, String fraction) {
        int[] integralGroups = groups("0".repeat((DIGITS_PER_GROUP - integral.length() % DIGITS_PER_GROUP) % DIGITS_PER_GROUP)
                + integral);
        int[] fractionGroups = groups(fraction + "0".repeat((DIGITS_PER_GROUP - fraction.length() % DIGITS_PER_GROUP)
                % DIGITS_PER_GROUP));
        int weight = integralGroups.length - 1;
        int[] digits = trimTrailingZeros(concat(integralGroups, fractionGroups));
        int scale = fraction.length();
        double scalePower = Math.pow(10, scale);
        double integralPart = digits[0];
        for (int i = 1; i <= weight; i++) {
            integralPart *= NBASE;
            if (i < digits.length) {
                integralPart += digits[i];
            }
        }
        integralPart *= scalePower;
        double fractionalPart = 0;
        if (digits.length > weight + 1) {
            int correction = (digits.length - weight - 1) * DIGITS_PER_GROUP - scale;
            for (int i = weight + 1; i < digits.length; i++) {
                if (i + 1 < digits.length) {
                    fractionalPart = fractionalPart * NBASE + digits[i];
                } else {
                    double compensation = Math.pow(10, correction);
                    fractionalPart = fractionalPart * (NBASE / compensation) + digits[i] / compensation;
                }
            }
        }
        return (integralPart + fractionalPart) / scalePower;
    }

    private static int[] groups(String digits) {
        int[] groups = new int[digits.length() / DIGITS_PER_GROUP];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Integer.parseInt(digits.substring(i * DIGITS_PER_GROUP, (i + 1) * DIGITS_PER_GROUP));
        }
        return groups;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** PostgreSQL does not store trailing zero groups. */
    private static int[] trimTrailingZeros(int[] digits) {
        int length = digits.length;
        while (length > 1 && digits[length - 1] == 0) {
            length--;
        }
        return Arrays.copyOf(digits, length);
    }
}
