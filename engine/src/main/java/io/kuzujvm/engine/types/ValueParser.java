package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Parses text into a value of a logical type, with Kùzu's casting rules (CSV fields,
 * CAST from STRING). Returns the Java representation {@link io.kuzujvm.engine.vector.ValueVector}
 * holds for that type. STRING and JSON text is kept as it is; other text is trimmed.
 */
public final class ValueParser {

    private ValueParser() {
    }

    public static Object parse(String text, LogicalType type) {
        return switch (type.id()) {
            case STRING, JSON -> text;
            case BOOL -> NumberParser.parseBool(text, type);
            case INT8, INT16, INT32, INT64, SERIAL, UINT8, UINT16, UINT32 -> NumberParser.parseLong(text, type);
            case INT128, UINT64 -> NumberParser.parseBigInteger(text, type);
            case FLOAT, DOUBLE -> NumberParser.parseDouble(text, type);
            case DECIMAL -> NumberParser.parseDecimal(text, type);
            case DATE -> TemporalParser.parseDate(text);
            case TIMESTAMP, TIMESTAMP_TZ, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC ->
                    TemporalParser.parseTimestamp(text, type);
            case INTERVAL -> IntervalParser.parse(text);
            case UUID -> parseUuid(text);
            case BLOB -> parseBlob(text);
            case LIST, ARRAY -> NestedValueParser.parseList(text, type);
            case STRUCT -> NestedValueParser.parseStruct(text, type);
            case MAP -> NestedValueParser.parseMap(text, type);
            case UNION -> NestedValueParser.parseUnion(text, type);
            default -> throw KuzuException.conversion("Unsupported casting function from STRING to " + type + ".");
        };
    }

    /** 32 hex digits, dashes anywhere, optionally in braces. */
    static UUID parseUuid(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        String hex = trimmed.replace("-", "");
        if (hex.length() != 32 || trimmed.startsWith("-") || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw KuzuException.conversion("Invalid UUID: " + text);
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** ASCII characters stand for themselves, {@code \xHH} for any byte. */
    static byte[] parseBlob(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 4 > text.length()) {
                    throw KuzuException.conversion("Invalid hex escape code encountered in string -> blob conversion: "
                            + "unterminated escape code at end of string");
                }
                String code = text.substring(i, i + 4);
                if (code.charAt(1) != 'x' || Character.digit(code.charAt(2), 16) < 0
                        || Character.digit(code.charAt(3), 16) < 0) {
                    throw KuzuException.conversion(
                            "Invalid hex escape code encountered in string -> blob conversion: " + code);
                }
                out.write(HexFormat.fromHexDigits(code, 2, 4));
                i += 3;
            } else if (c <= 127) {
                out.write(c);
            } else {
                throw KuzuException.conversion("Invalid byte encountered in STRING -> BLOB conversion. All non-ascii "
                        + "characters must be escaped with hex codes (e.g. \\xAA)");
            }
        }
        return out.toByteArray();
    }

    /** Kùzu's error for text that is not a value of the type. */
    public static KuzuException castError(String text, LogicalType type) {
        return KuzuException.conversion("Cast failed. Could not convert \"" + text + "\" to " + type + ".");
    }
}
