package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parses text into a value of a logical type, with Kùzu's casting rules (CSV fields,
 * CAST from STRING). Returns the Java representation {@link io.kuzujvm.engine.vector.ValueVector}
 * holds for that type.
 */
public final class ValueParser {

    private ValueParser() {
    }

    public static Object parse(String text, LogicalType type) {
        String trimmed = text.trim();
        try {
            return switch (type.id()) {
                case STRING -> text;
                case BOOL -> parseBool(trimmed, type);
                case INT8, INT16, INT32, INT64, SERIAL, UINT8, UINT16, UINT32 -> Long.parseLong(trimmed);
                case FLOAT, DOUBLE -> Double.parseDouble(trimmed);
                case DATE -> LocalDate.parse(trimmed);
                case TIMESTAMP -> LocalDateTime.parse(trimmed.replace(' ', 'T'));
                default -> throw KuzuException.notImplemented("Parsing " + type + " values");
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw conversionError(text, type);
        }
    }

    private static boolean parseBool(String text, LogicalType type) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw conversionError(text, type);
    }

    public static KuzuException conversionError(String text, LogicalType type) {
        return new KuzuException(KuzuException.Kind.RUNTIME, "22018",
                "Conversion exception: Cast failed. Could not convert \"" + text + "\" to " + type + ".", null);
    }
}
