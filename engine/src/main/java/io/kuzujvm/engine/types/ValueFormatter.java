package io.kuzujvm.engine.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.List;

/**
 * Renders values as text exactly as Kùzu prints them (the shell, getString, the test
 * files). Nested values render their children the same way: lists as {@code [1,2]},
 * structs as {@code {a: 1, b: x}}, maps as {@code {k=v, k2=v2}}, a null child as nothing.
 */
public final class ValueFormatter {

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .optionalEnd()
            .toFormatter();

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private ValueFormatter() {
    }

    /** The text of a value; a null renders as the empty string. */
    public static String format(Object value, LogicalType type) {
        if (value == null) {
            return "";
        }
        return switch (type.id()) {
            case BOOL -> formatBool(value);
            case FLOAT, DOUBLE -> formatDouble(((Number) value).doubleValue());
            case INTERNAL_ID -> value instanceof Long packed ? InternalId.unpack(packed).toString() : format(value);
            case NODE -> formatNode((StructValue) value);
            case REL -> formatRel((StructValue) value);
            case LIST, ARRAY -> value instanceof List<?> list ? formatList(list, type.elementType()) : format(value);
            case STRUCT, RECURSIVE_REL -> value instanceof StructValue struct ? formatStruct(struct, type) : format(value);
            case MAP -> value instanceof MapValue map ? formatMap(map, type.keyType(), type.valueType()) : format(value);
            case UNION -> value instanceof UnionValue union ? formatUnion(union, type) : format(value);
            default -> format(value);
        };
    }

    /** The text of a value by its Java class, for values whose type is not known statically (node properties). */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean) {
            return formatBool(value);
        }
        if (value instanceof Double || value instanceof Float) {
            return formatDouble(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return formatDate(date);
        }
        if (value instanceof LocalDateTime timestamp) {
            return TIMESTAMP.format(timestamp);
        }
        if (value instanceof OffsetDateTime timestamp) {
            return TIMESTAMP.format(timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "+00";
        }
        if (value instanceof Interval interval) {
            return formatInterval(interval);
        }
        if (value instanceof byte[] bytes) {
            return formatBlob(bytes);
        }
        if (value instanceof List<?> list) {
            return formatList(list, LogicalType.ANY);
        }
        if (value instanceof StructValue struct) {
            return formatStructByShape(struct);
        }
        if (value instanceof MapValue map) {
            return formatMap(map, LogicalType.ANY, LogicalType.ANY);
        }
        if (value instanceof UnionValue union) {
            return format(union.value());
        }
        return value.toString();
    }

    private static String formatBool(Object value) {
        return ((Boolean) value) ? "True" : "False";
    }

    /** As C's {@code %f}: six decimals of the exact binary value, rounded half-even. */
    public static String formatDouble(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        if (text.charAt(0) != '-' && (Double.doubleToRawLongBits(value) < 0)) {
            return "-" + text; // -0.0 and tiny negatives that round to zero keep their sign, as in C
        }
        return text;
    }

    private static String formatDate(LocalDate date) {
        if (date.getYear() <= 0) {
            return String.format("%04d-%02d-%02d (BC)", 1 - date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        return date.toString();
    }

    /** {@code 3 years 2 days 13:02:00}, {@code 00:18:00.024}, {@code 00:00:00} for the empty interval. */
    public static String formatInterval(Interval interval) {
        StringBuilder out = new StringBuilder();
        int years = interval.months() / 12;
        int months = interval.months() % 12;
        appendPart(out, years, "year");
        appendPart(out, months, "month");
        appendPart(out, interval.days(), "day");
        long micros = interval.micros();
        if (micros != 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (micros < 0) {
                out.append('-');
                micros = -micros;
            }
            long hours = micros / (3600 * MICROS_PER_SECOND);
            micros -= hours * 3600 * MICROS_PER_SECOND;
            long minutes = micros / (60 * MICROS_PER_SECOND);
            micros -= minutes * 60 * MICROS_PER_SECOND;
            long seconds = micros / MICROS_PER_SECOND;
            micros -= seconds * MICROS_PER_SECOND;
            out.append(String.format("%02d:%02d:%02d", hours, minutes, seconds));
            if (micros != 0) {
                String fraction = String.format("%06d", micros).replaceAll("0+$", "");
                out.append('.').append(fraction);
            }
        } else if (out.length() == 0) {
            return "00:00:00";
        }
        return out.toString();
    }

    private static void appendPart(StringBuilder out, long amount, String unit) {
        if (amount == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(amount).append(' ').append(unit);
        if (amount != 1 && amount != -1) {
            out.append('s');
        }
    }

    /** Printable ASCII other than backslash and quotes stays as it is; other bytes print as \xHH, as Kùzu does. */
    private static String formatBlob(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.of().withUpperCase();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 32 && c <= 126 && c != '\\' && c != '\'' && c != '"') {
                out.append((char) c);
            } else {
                out.append("\\x").append(hex.toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String formatList(List<?> list, LogicalType elementType) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(formatChild(list.get(i), elementType));
        }
        return out.append(']').toString();
    }

    private static String formatStruct(StructValue struct, LogicalType type) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < struct.names().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            LogicalType fieldType = i < type.children().size() ? type.children().get(i) : LogicalType.ANY;
            out.append(struct.names().get(i)).append(": ").append(formatChild(struct.values().get(i), fieldType));
        }
        return out.append('}').toString();
    }

    private static String formatMap(MapValue map, LogicalType keyType, LogicalType valueType) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < map.keys().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(formatChild(map.keys().get(i), keyType)).append('=')
                    .append(formatChild(map.values().get(i), valueType));
        }
        return out.append('}').toString();
    }

    private static String formatUnion(UnionValue union, LogicalType type) {
        LogicalType memberType = type.fieldType(union.tag());
        return memberType == null ? format(union.value()) : format(union.value(), memberType);
    }

    private static String formatChild(Object value, LogicalType type) {
        return type.id() == TypeId.ANY ? format(value) : format(value, type);
    }

    /** A node prints its fields without the null ones: {@code {_ID: 0:0, _LABEL: person, name: Alice}}. */
    private static String formatNode(StructValue node) {
        StringBuilder out = new StringBuilder("{");
        appendNonNullFields(out, node, 0);
        return out.append('}').toString();
    }

    /** A rel prints as {@code (0:0)-{_LABEL: knows, _ID: 1:0, since: 2020}->(0:1)}: _SRC and _DST first in the struct. */
    private static String formatRel(StructValue rel) {
        StringBuilder out = new StringBuilder("(").append(format(rel.values().get(0))).append(")-{");
        appendNonNullFields(out, rel, 2);
        return out.append("}->(").append(format(rel.values().get(1))).append(')').toString();
    }

    private static void appendNonNullFields(StringBuilder out, StructValue struct, int from) {
        boolean first = true;
        for (int i = from; i < struct.names().size(); i++) {
            Object value = struct.values().get(i);
            if (value == null) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(struct.names().get(i)).append(": ").append(format(value));
        }
    }

    /** Without a static type, a struct whose first fields are _SRC and _DST is a rel, one starting with _ID a node. */
    private static String formatStructByShape(StructValue struct) {
        List<String> names = struct.names();
        if (names.size() >= 2 && names.get(0).equals("_SRC") && names.get(1).equals("_DST")) {
            return formatRel(struct);
        }
        if (!names.isEmpty() && names.get(0).equals("_ID")) {
            return formatNode(struct);
        }
        return formatStruct(struct, LogicalType.ANY);
    }
}
