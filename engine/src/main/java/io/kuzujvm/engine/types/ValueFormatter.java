package io.kuzujvm.engine.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;

/** Renders values as text exactly as Kùzu prints them (the shell, getString, the test files). */
public final class ValueFormatter {

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .optionalEnd()
            .toFormatter();

    private ValueFormatter() {
    }

    /** The text of a value; a null renders as the empty string. */
    public static String format(Object value, LogicalType type) {
        if (value == null) {
            return "";
        }
        return switch (type.id()) {
            case BOOL -> ((Boolean) value) ? "True" : "False";
            case FLOAT, DOUBLE -> formatDouble(((Number) value).doubleValue());
            case DATE -> ((LocalDate) value).toString();
            case TIMESTAMP -> TIMESTAMP.format((LocalDateTime) value);
            case BLOB -> formatBlob((byte[]) value);
            default -> value.toString();
        };
    }

    private static String formatDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : (value > 0 ? "inf" : "-inf");
        }
        return String.format("%.6f", value);
    }

    /** Printable ASCII stays as it is; other bytes print as \xHH, as Kùzu does. */
    private static String formatBlob(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.of().withUpperCase();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 32 && c < 127 && c != '\\') {
                out.append((char) c);
            } else {
                out.append("\\x").append(hex.toHexDigits((byte) c));
            }
        }
        return out.toString();
    }
}
