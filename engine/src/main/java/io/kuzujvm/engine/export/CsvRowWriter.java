package io.kuzujvm.engine.export;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Kùzu's CSV output: values as Kùzu prints them, NULL as an empty field, an empty string as
 * {@code ""}; a field holding the delimiter, the quote, the escape or a line break is quoted,
 * with quotes and escapes inside preceded by the escape character (by default the quote itself).
 */
public final class CsvRowWriter implements RowWriter {

    private final Path path;
    private final BufferedWriter out;
    private final List<LogicalType> types;
    private final CsvWriteOptions options;

    public CsvRowWriter(Path path, List<String> names, List<LogicalType> types, CsvWriteOptions options) {
        this.path = path;
        this.types = types;
        this.options = options;
        try {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            if (options.header()) {
                writeLine(names.stream().map(this::field).toList());
            }
        } catch (IOException e) {
            throw KuzuException.io(path.toString(), e);
        }
    }

    @Override
    public void write(DataChunk chunk) {
        chunk.selection().forEach(pos -> {
            String[] fields = new String[types.size()];
            for (int c = 0; c < fields.length; c++) {
                Object value = chunk.vector(c).getValue(pos);
                fields[c] = value == null ? "" : stringField(ValueFormatter.format(value, types.get(c)),
                        types.get(c));
            }
            try {
                writeLine(List.of(fields));
            } catch (IOException e) {
                throw KuzuException.io(path.toString(), e);
            }
        });
    }

    private String stringField(String text, LogicalType type) {
        return text.isEmpty() && type.id() == TypeId.STRING ? String.valueOf(options.quote()) + options.quote()
                : field(text);
    }

    private String field(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == options.delimiter() || c == options.quote() || c == options.escape() || c == '\n'
                    || c == '\r';
        }
        if (!quote) {
            return text;
        }
        StringBuilder quoted = new StringBuilder().append(options.quote());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == options.quote() || c == options.escape()) {
                quoted.append(options.escape());
            }
            quoted.append(c);
        }
        return quoted.append(options.quote()).toString();
    }

    private void writeLine(List<String> fields) throws IOException {
        out.write(String.join(String.valueOf(options.delimiter()), fields));
        out.write('\n');
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw KuzuException.io(path.toString(), e);
        }
    }
}
