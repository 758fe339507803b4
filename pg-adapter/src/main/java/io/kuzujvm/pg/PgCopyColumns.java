package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.ValueVector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How each column of a query comes through binary COPY: in PostgreSQL's binary form where a
 * {@link PgBinaryDecoders decoder} exists, else cast to text in the COPY's query and parsed as
 * the cursor path parses it (composites, geometric types, inet, money, ...). So every scan
 * can use COPY, whatever its columns.
 */
final class PgCopyColumns {

    private final List<String> pgTypes;
    private final List<PgBinaryDecoder> decoders;
    private final boolean[] asText;

    private PgCopyColumns(List<String> pgTypes, List<PgBinaryDecoder> decoders, boolean[] asText) {
        this.pgTypes = pgTypes;
        this.decoders = decoders;
        this.asText = asText;
    }

    /** @param pgTypes the columns' PostgreSQL types ({@link PgResultTypes}); targets their Kùzu types */
    static PgCopyColumns of(List<String> pgTypes, List<LogicalType> targets) {
        List<PgBinaryDecoder> decoders = new ArrayList<>();
        boolean[] asText = new boolean[targets.size()];
        for (int c = 0; c < targets.size(); c++) {
            PgBinaryDecoder binary = PgBinaryDecoders.forColumn(pgTypes.get(c), targets.get(c));
            asText[c] = binary == null;
            decoders.add(binary != null ? binary : new TextDecoder(targets.get(c)));
        }
        return new PgCopyColumns(List.copyOf(pgTypes), decoders, asText);
    }

    List<PgBinaryDecoder> decoders() {
        return decoders;
    }

    /** The query COPY runs for {@code sql}: as it is, or with the text columns cast. */
    String copyQuery(String sql) {
        boolean anyText = false;
        for (boolean text : asText) {
            anyText |= text;
        }
        if (!anyText) {
            return sql;
        }
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder aliases = new StringBuilder();
        for (int c = 0; c < asText.length; c++) {
            String alias = "c" + (c + 1);
            select.append(c == 0 ? "" : ", ").append(asText[c] ? asText("t." + alias, pgTypes.get(c)) : "t." + alias);
            aliases.append(c == 0 ? "" : ", ").append(alias);
        }
        return select.append(" FROM (").append(sql).append(") AS t(").append(aliases).append(')').toString();
    }

    /**
     * A column as its output function prints it (what the cursor path reads). That is the cast
     * to text, but for inet, whose cast always shows the netmask: abbrev() is its output.
     */
    private static String asText(String column, String pgType) {
        return pgType.equals("inet") ? "abbrev(" + column + ")" : column + "::text";
    }

    /** A column cast to text: PostgreSQL's text output, read as the cursor path reads it. */
    private record TextDecoder(LogicalType target) implements PgBinaryDecoder {
        @Override
        public Object decode(byte[] bytes, int offset, int length) {
            return PgTextValue.parse(new String(bytes, offset, length, StandardCharsets.UTF_8), target);
        }

        @Override
        public void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
            vector.setValue(row, decode(bytes, offset, length));
        }
    }
}
