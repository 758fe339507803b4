package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kùzu's text forms of nested values, as in CSV files and casts from STRING: lists
 * {@code [1,2,3]}, structs {@code {a: 1, b: x}}, maps {@code {k=v, k2=v2}}. Elements are
 * split at top-level commas (brackets, braces and quotes opening an element nest); an element that is empty
 * or {@code null} is a null; string elements keep their text, quotes included.
 */
final class NestedValueParser {

    private NestedValueParser() {
    }

    static List<Object> parseList(String text, LogicalType type) {
        List<String> parts = splitList(text);
        if (parts == null) {
            throw rangeError(text, type);
        }
        if (type.id() == TypeId.ARRAY && parts.size() != type.size()) {
            throw new KuzuException(KuzuException.Kind.COPY, "Each array should have fixed number of elements. "
                    + "Expected: " + type.size() + ", Actual: " + parts.size() + ".");
        }
        List<Object> values = new ArrayList<>(parts.size());
        for (String part : parts) {
            values.add(element(part, type.elementType()));
        }
        return values;
    }

    static StructValue parseStruct(String text, LogicalType type) {
        List<String[]> entries = splitEntries(text, ':');
        if (entries == null) {
            throw rangeError(text, type);
        }
        Object[] values = new Object[type.children().size()];
        for (String[] entry : entries) {
            String name = unquote(entry[0]);
            int index = type.fieldIndex(name);
            if (index < 0) {
                throw new KuzuException(KuzuException.Kind.PARSER, "Invalid struct field name: " + name);
            }
            values[index] = element(entry[1], type.children().get(index));
        }
        return new StructValue(type.fieldNames(), Arrays.asList(values));
    }

    static MapValue parseMap(String text, LogicalType type) {
        List<String[]> entries = splitEntries(text, '=');
        if (entries == null) {
            throw rangeError(text, type);
        }
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String[] entry : entries) {
            Object key = element(entry[0], type.keyType());
            if (key == null) {
                throw KuzuException.conversion("Map does not allow null as key.");
            }
            if (keys.stream().anyMatch(k -> ValueComparator.compare(k, key) == 0)) {
                throw KuzuException.conversion("Map does not allow duplicate keys.");
            }
            keys.add(key);
            values.add(element(entry[1], type.valueType()));
        }
        return new MapValue(keys, values);
    }

    /** The first member of the union whose type accepts the text (a STRING member accepts anything). */
    static UnionValue parseUnion(String text, LogicalType type) {
        for (int i = 0; i < type.children().size(); i++) {
            try {
                return new UnionValue(type.fieldNames().get(i), ValueParser.parse(text, type.children().get(i)));
            } catch (KuzuException e) {
                // try the next member
            }
        }
        throw KuzuException.conversion("Could not convert to union type " + type + ": " + text + ".");
    }

    private static Object element(String text, LogicalType type) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("null")) {
            return null;
        }
        return ValueParser.parse(trimmed, type);
    }

    /** The elements of {@code [a, b, ...]}, or null when the text is not a list. */
    private static List<String> splitList(String text) {
        String body = enclosed(text, '[', ']');
        if (body == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (body.isBlank()) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == ',') {
                parts.add(body.substring(start, i).trim());
                start = i + 1;
            } else {
                i = skipNested(body, i);
                if (i < 0) {
                    return null;
                }
            }
        }
        return parts;
    }

    /** The key and value texts of {@code {k<sep>v, ...}}, or null when the text has not that form. */
    private static List<String[]> splitEntries(String text, char separator) {
        String body = enclosed(text, '{', '}');
        if (body == null) {
            return null;
        }
        List<String[]> entries = new ArrayList<>();
        if (body.isBlank()) {
            return entries;
        }
        int start = 0;
        int split = -1;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == ',') {
                if (split < 0) {
                    return null;
                }
                entries.add(new String[] {body.substring(start, split).trim(), body.substring(split + 1, i).trim()});
                start = i + 1;
                split = -1;
            } else if (body.charAt(i) == separator && split < 0) {
                split = i;
            } else {
                i = skipNested(body, i);
                if (i < 0) {
                    return null;
                }
            }
        }
        return entries;
    }

    /** The text between an opening and its closing character that end the (trimmed) text, or null. */
    private static String enclosed(String text, char open, char close) {
        String trimmed = text.trim();
        if (trimmed.length() < 2 || trimmed.charAt(0) != open || trimmed.charAt(trimmed.length() - 1) != close) {
            return null;
        }
        return skipNested(trimmed, 0) == trimmed.length() - 1 ? trimmed.substring(1, trimmed.length() - 1) : null;
    }

    /**
     * At a bracket, brace or an element's opening quote: the position of its closing partner
     * (-1 if there is none); at any other character: that position. As in Kùzu, a quote inside
     * an element ({@code [ab"cd]}) is an ordinary character.
     */
    private static int skipNested(String text, int pos) {
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return startsElement(text, pos) ? text.indexOf(c, pos + 1) : pos;
        }
        char close = c == '[' ? ']' : c == '{' ? '}' : 0;
        if (close == 0) {
            return pos;
        }
        for (int i = pos + 1; i < text.length(); i++) {
            char d = text.charAt(i);
            if (d == close) {
                return i;
            }
            i = skipNested(text, i);
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether only spaces stand between a position and the start of its element. */
    private static boolean startsElement(String text, int pos) {
        int before = pos - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before < 0 || "[{,:=".indexOf(text.charAt(before)) >= 0;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.charAt(0) == '\'' || name.charAt(0) == '"')
                && name.charAt(name.length() - 1) == name.charAt(0)) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    private static KuzuException rangeError(String text, LogicalType type) {
        return KuzuException.conversion("Cast failed. " + text + " is not in " + type + " range.");
    }
}
