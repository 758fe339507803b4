package io.kuzujvm.engine.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Orders two non-null values of comparable Kùzu types, by their Java representation:
 * numbers of any kind by value, dates against timestamps (a date is its midnight, a
 * timestamp without zone is UTC), UUIDs and blobs as unsigned bytes, lists, structs and
 * maps element by element (a null element after any value).
 */
public final class ValueComparator {

    private ValueComparator() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (isTemporal(a) && isTemporal(b)) {
            return toUtc(a).compareTo(toUtc(b));
        }
        if (a instanceof UUID x && b instanceof UUID y) {
            int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return compareLists(x, y);
        }
        if (a instanceof StructValue x && b instanceof StructValue y) {
            return compareLists(x.values(), y.values());
        }
        if (a instanceof MapValue x && b instanceof MapValue y) {
            int keys = compareLists(x.keys(), y.keys());
            return keys != 0 ? keys : compareLists(x.values(), y.values());
        }
        if (a instanceof UnionValue x && b instanceof UnionValue y) {
            return compareNullable(x.value(), y.value());
        }
        if (a instanceof UnionValue x) {
            return compareNullable(x.value(), b);
        }
        if (b instanceof UnionValue y) {
            return compareNullable(a, y.value());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Nulls sort after every value. */
    public static int compareNullable(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return compare(a, b);
    }

    private static int compareLists(List<?> a, List<?> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = compareNullable(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareNumbers(Number a, Number b) {
        if (isLongLike(a) && isLongLike(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    private static boolean isLongLike(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static boolean isTemporal(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime;
    }

    private static LocalDateTime toUtc(Object value) {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
