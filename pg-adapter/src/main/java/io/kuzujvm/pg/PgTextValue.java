package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import org.postgresql.util.PGInterval;
import org.postgresql.util.PGbytea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value in PostgreSQL's text output (DateStyle ISO, as pgjdbc sets it) as the Java value a
 * vector of its Kùzu type holds. Composites and arrays are read recursively; geometric types
 * (point as STRUCT(x, y), the others as DOUBLE[]) by their coordinates in order.
 */
final class PgTextValue {

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter TIMESTAMP_TZ = new DateTimeFormatterBuilder()
            .append(TIMESTAMP).appendOffset("+HH:mm:ss", "+00").toFormatter();
    private static final Pattern COORDINATE = Pattern.compile(
            "[-+]?(?:Infinity|NaN|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)");

    private PgTextValue() {
    }

    static Object parse(String text, LogicalType type) {
        if (text == null) {
            return null;
        }
        try {
            return switch (type.id()) {
                case STRUCT -> struct(text, type);
                case LIST -> list(text, type.elementType());
                case BOOL -> text.equals("t") || text.equals("true");
                case INT8, INT16, INT32, INT64, SERIAL -> Long.parseLong(text);
                case FLOAT -> (double) Float.parseFloat(text);
                case DOUBLE -> PgNumericAsDouble.parse(text);
                case DECIMAL -> new BigDecimal(text).setScale(type.scale(), RoundingMode.HALF_UP);
                case BLOB -> PGbytea.toBytes(text.getBytes(StandardCharsets.US_ASCII));
                case DATE -> LocalDate.parse(text);
                case TIMESTAMP -> LocalDateTime.parse(text, TIMESTAMP);
                case TIMESTAMP_TZ -> OffsetDateTime.parse(text, TIMESTAMP_TZ).withOffsetSameInstant(ZoneOffset.UTC);
                case INTERVAL -> interval(new PGInterval(text));
                case UUID -> UUID.fromString(text);
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException | SQLException e) {
            throw KuzuException.runtime("Cannot read PostgreSQL value " + text + " as " + type + ".");
        }
    }

    static Interval interval(PGInterval value) {
        if (value == null) {
            return null;
        }
        long micros = Math.round(value.getHours() * 3_600_000_000.0 + value.getMinutes() * 60_000_000.0
                + value.getSeconds() * 1_000_000.0);
        return new Interval(value.getYears() * 12 + value.getMonths(), value.getDays(), micros);
    }

    private static StructValue struct(String text, LogicalType type) {
        List<String> fields = PgTextSyntax.recordFields(text);
        if (fields.isEmpty() && type.children().size() == 1) {
            fields = Collections.singletonList(null); // PostgreSQL prints a one-field record of NULL as ()
        }
        if (fields.size() != type.children().size()) {
            throw KuzuException.runtime("PostgreSQL value " + text + " does not have the fields of " + type + ".");
        }
        List<Object> values = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            values.add(parse(fields.get(i), type.children().get(i)));
        }
        return new StructValue(type.fieldNames(), values);
    }

    private static List<Object> list(String text, LogicalType elementType) {
        boolean array = text.startsWith("{") || (text.length() > 1 && text.charAt(0) == '[' && text.charAt(1) != '(');
        if (!array && elementType.id() == TypeId.DOUBLE) {
            return coordinates(text);
        }
        // Arrays of box are the one type PostgreSQL separates with ';' (a box has commas in it).
        char delimiter = elementType.id() == TypeId.LIST && text.indexOf(';') >= 0 ? ';' : ',';
        List<Object> values = new ArrayList<>();
        for (String element : PgTextSyntax.arrayElements(text, delimiter)) {
            values.add(parse(element, elementType));
        }
        return values;
    }

    /** The numbers of a line {A,B,C}, lseg, box, path, polygon or circle <(x,y),r>, in order. */
    private static List<Object> coordinates(String text) {
        List<Object> values = new ArrayList<>();
        Matcher number = COORDINATE.matcher(text);
        while (number.find()) {
            values.add(Double.parseDouble(number.group()));
        }
        return values;
    }
}
