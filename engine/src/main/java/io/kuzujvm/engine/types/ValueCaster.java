package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Kùzu's explicit casts between values: numbers among themselves (floating point rounds
 * to the nearest integer, ranges are checked), anything to and from STRING, dates and the
 * timestamp kinds among themselves, nested values element by element.
 */
public final class ValueCaster {

    private ValueCaster() {
    }

    /** The value (non-null, of type {@code from}) as a value of type {@code to}. */
    public static Object cast(Object value, LogicalType from, LogicalType to) {
        if (from.equals(to)) {
            return value;
        }
        if (to.id() == TypeId.STRING || to.id() == TypeId.JSON) {
            return value instanceof String s ? s : ValueFormatter.format(value, from);
        }
        if (value instanceof String s && (from.id() == TypeId.STRING || from.id() == TypeId.JSON
                || from.id() == TypeId.ANY)) {
            return ValueParser.parse(s, to);
        }
        if (value instanceof UnionValue union && from.id() == TypeId.UNION) {
            LogicalType member = from.fieldType(union.tag());
            return union.value() == null ? null : cast(union.value(), member == null ? LogicalType.ANY : member, to);
        }
        if (to.isInteger() && isNumberOrBool(value)) {
            return toInteger(value, to);
        }
        if ((to.id() == TypeId.DOUBLE || to.id() == TypeId.FLOAT) && isNumberOrBool(value)) {
            double d = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
            return to.id() == TypeId.FLOAT ? (double) (float) d : d;
        }
        if (to.id() == TypeId.DECIMAL && isNumberOrBool(value)) {
            return toDecimal(value, to);
        }
        if (to.id() == TypeId.BOOL && value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (to.id() == TypeId.DATE && isTimestamp(value)) {
            return utc(value).toLocalDate();
        }
        if (to.isTimestamp() && (value instanceof LocalDate || isTimestamp(value))) {
            return toTimestamp(value, to);
        }
        if ((to.id() == TypeId.LIST || to.id() == TypeId.ARRAY) && value instanceof List<?> list) {
            return toList(list, from, to);
        }
        if (to.id() == TypeId.STRUCT && value instanceof StructValue struct) {
            return toStruct(struct, from, to);
        }
        if (to.id() == TypeId.MAP && value instanceof MapValue map) {
            return new MapValue(castAll(map.keys(), from.id() == TypeId.MAP ? from.keyType() : LogicalType.ANY,
                    to.keyType()), castAll(map.values(), from.id() == TypeId.MAP ? from.valueType() : LogicalType.ANY,
                    to.valueType()));
        }
        if (to.id() == TypeId.UNION) {
            int member = memberFor(from, to);
            if (member >= 0) {
                return new UnionValue(to.fieldNames().get(member), cast(value, from, to.children().get(member)));
            }
        }
        if (to.id() == TypeId.ANY) {
            return value;
        }
        throw unsupported(from, to);
    }

    private static boolean isNumberOrBool(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    private static boolean isTimestamp(Object value) {
        return value instanceof LocalDateTime || value instanceof OffsetDateTime;
    }

    private static Object toInteger(Object value, LogicalType to) {
        BigInteger integer;
        if (value instanceof Boolean b) {
            integer = b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw rangeError(ValueFormatter.formatDouble(d), to);
            }
            integer = new BigDecimal(Math.rint(d)).toBigInteger();
        } else if (value instanceof BigDecimal d) {
            integer = d.setScale(0, RoundingMode.HALF_UP).toBigInteger();
        } else if (value instanceof BigInteger i) {
            integer = i;
        } else {
            integer = BigInteger.valueOf(((Number) value).longValue());
        }
        if (!IntegerBounds.contains(to, integer)) {
            throw rangeError(ValueFormatter.format(value), to);
        }
        return to.physicalType() == PhysicalType.LONG ? (Object) integer.longValue() : integer;
    }

    private static KuzuException rangeError(String shown, LogicalType to) {
        return KuzuException.overflow("Value " + shown + " is not within " + to + " range");
    }

    private static BigDecimal toDecimal(Object value, LogicalType to) {
        if (value instanceof BigDecimal d) {
            return NumberParser.toDecimal(d, to, d.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return NumberParser.toDecimal(BigDecimal.valueOf(d), to, ValueFormatter.formatDouble(d));
        }
        BigDecimal exact = value instanceof Boolean b ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
                : value instanceof BigInteger i ? new BigDecimal(i) : BigDecimal.valueOf(((Number) value).longValue());
        try {
            return NumberParser.toDecimal(exact, to, exact.toPlainString());
        } catch (KuzuException e) {
            throw KuzuException.overflow("To Decimal Cast Failed: " + exact.toPlainString() + " is not in " + to
                    + " range");
        }
    }

    private static LocalDateTime utc(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return value instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) value;
    }

    private static Object toTimestamp(Object value, LogicalType to) {
        LocalDateTime utc = utc(value);
        return switch (to.id()) {
            case TIMESTAMP_TZ -> utc.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            case TIMESTAMP_NS -> utc;
            case TIMESTAMP_MS -> utc.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            case TIMESTAMP_SEC -> utc.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            default -> utc.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        };
    }

    private static List<Object> toList(List<?> list, LogicalType from, LogicalType to) {
        if (to.id() == TypeId.ARRAY && list.size() != to.size()) {
            throw KuzuException.conversion("Unsupported casting LIST with incorrect list entry to ARRAY. Expected: "
                    + to.size() + ", Actual: " + list.size() + ".");
        }
        LogicalType fromElement = from.id() == TypeId.LIST || from.id() == TypeId.ARRAY
                ? from.elementType() : LogicalType.ANY;
        return castAll(list, fromElement, to.elementType());
    }

    private static List<Object> castAll(List<?> values, LogicalType from, LogicalType to) {
        List<Object> result = new ArrayList<>(values.size());
        for (Object element : values) {
            result.add(element == null ? null : cast(element, from.id() == TypeId.ANY ? guess(element) : from, to));
        }
        return result;
    }

    private static StructValue toStruct(StructValue struct, LogicalType from, LogicalType to) {
        if (struct.values().size() != to.children().size()) {
            throw unsupported(from, to);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < struct.values().size(); i++) {
            Object field = struct.values().get(i);
            LogicalType fromField = i < from.children().size() ? from.children().get(i) : guess(field);
            values.add(field == null ? null : cast(field, fromField, to.children().get(i)));
        }
        return new StructValue(to.fieldNames(), values);
    }

    /** The member of a union type that holds a value of type {@code from}: the same type, else the first STRING. */
    private static int memberFor(LogicalType from, LogicalType union) {
        int index = union.children().indexOf(from);
        return index >= 0 ? index : union.children().indexOf(LogicalType.STRING);
    }

    /** The type of a value known only by its Java class (a child of an untyped nested value). */
    private static LogicalType guess(Object value) {
        if (value instanceof Long) {
            return LogicalType.INT64;
        }
        if (value instanceof Double) {
            return LogicalType.DOUBLE;
        }
        if (value instanceof String) {
            return LogicalType.STRING;
        }
        return LogicalType.ANY;
    }

    private static KuzuException unsupported(LogicalType from, LogicalType to) {
        return KuzuException.conversion("Unsupported casting function from " + from.id() + " to " + to.id() + ".");
    }
}
