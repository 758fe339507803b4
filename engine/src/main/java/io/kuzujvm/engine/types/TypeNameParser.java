package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Kùzu's type syntax: names and aliases, {@code T[]} lists, {@code T[n]} arrays,
 * {@code DECIMAL(p, s)}, {@code STRUCT(a T, ...)}, {@code UNION(a T, ...)}, {@code MAP(K, V)}.
 */
final class TypeNameParser {

    private final String text;
    private int pos;

    private TypeNameParser(String text) {
        this.text = text;
    }

    static LogicalType parse(String text) {
        TypeNameParser parser = new TypeNameParser(text);
        LogicalType type = parser.type();
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw unsupported(text);
        }
        return type;
    }

    private LogicalType type() {
        skipSpaces();
        String name = identifier();
        TypeId id = LogicalType.idForName(name);
        if (id == null || id == TypeId.ANY) {
            throw unsupported(text);
        }
        LogicalType type = switch (id) {
            case DECIMAL -> decimal();
            case STRUCT, UNION -> fields(id);
            case MAP -> map();
            case LIST, ARRAY -> throw unsupported(text);
            default -> LogicalType.of(id);
        };
        return suffixes(type);
    }

    private LogicalType suffixes(LogicalType element) {
        LogicalType type = element;
        skipSpaces();
        while (peek('[')) {
            pos++;
            skipSpaces();
            if (peek(']')) {
                pos++;
                type = LogicalType.list(type);
            } else {
                int size = number();
                expect(']');
                type = LogicalType.array(type, size);
            }
            skipSpaces();
        }
        return type;
    }

    private LogicalType decimal() {
        if (!peek('(')) {
            return LogicalType.of(TypeId.DECIMAL);
        }
        pos++;
        int precision = number();
        int scale = 0;
        if (peek(',')) {
            pos++;
            scale = number();
        }
        expect(')');
        if (precision < 1 || precision > 38 || scale > precision) {
            throw KuzuException.binder("Invalid DECIMAL(" + precision + ", " + scale + ") type.");
        }
        return LogicalType.decimal(precision, scale);
    }

    private LogicalType fields(TypeId id) {
        expect('(');
        List<String> names = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        do {
            skipSpaces();
            names.add(fieldName());
            types.add(type());
            skipSpaces();
        } while (consume(','));
        expect(')');
        return id == TypeId.STRUCT ? LogicalType.struct(names, types) : LogicalType.union(names, types);
    }

    private LogicalType map() {
        expect('(');
        LogicalType key = type();
        expect(',');
        LogicalType value = type();
        expect(')');
        return LogicalType.map(key, value);
    }

    private String fieldName() {
        skipSpaces();
        if (peek('`') || peek('"') || peek('\'')) {
            char quote = text.charAt(pos++);
            int end = text.indexOf(quote, pos);
            if (end < 0) {
                throw unsupported(text);
            }
            String name = text.substring(pos, end);
            pos = end + 1;
            return name;
        }
        return identifier();
    }

    private String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw unsupported(text);
        }
        return text.substring(start, pos);
    }

    private int number() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw unsupported(text);
        }
        int value = Integer.parseInt(text.substring(start, pos));
        skipSpaces();
        return value;
    }

    private boolean consume(char c) {
        skipSpaces();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw unsupported(text);
        }
        skipSpaces();
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static KuzuException unsupported(String text) {
        return new KuzuException(KuzuException.Kind.CATALOG,
                text.trim().toUpperCase(java.util.Locale.ROOT) + " is not a supported data type.");
    }
}
