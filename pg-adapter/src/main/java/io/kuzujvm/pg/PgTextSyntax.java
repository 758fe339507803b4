package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL's text output of records ({@code (1,"a b",)}) and arrays
 * ({@code {1,NULL,"x,y"}}, {@code {{1,2},{3,4}}}) into their elements, undoing the quoting.
 * A null element is {@code null}; a nested array stays as its text.
 */
final class PgTextSyntax {

    private PgTextSyntax() {
    }

    /** The fields of a record; an empty unquoted field is NULL. */
    static List<String> recordFields(String text) {
        if (text.length() < 2 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
            throw malformed("record", text);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean present = false;
        int end = text.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                fields.add(present ? field.toString() : null);
                field.setLength(0);
                present = false;
            } else if (c == '"') {
                i = quoted(text, i, end, field, true);
                present = true;
            } else {
                if (c == '\\' && i + 1 < end) {
                    c = text.charAt(++i);
                }
                field.append(c);
                present = true;
            }
        }
        if (end > 1 || !fields.isEmpty()) {
            fields.add(present ? field.toString() : null);
        }
        return fields;
    }

    /** The elements of a (possibly multi-dimensional) array; unquoted NULL is null. */
    static List<String> arrayElements(String text, char delimiter) {
        int start = text.startsWith("[") ? text.indexOf('=') + 1 : 0; // skips bounds like [0:1]=
        int end = text.length() - 1;
        if (start < 0 || end <= start || text.charAt(start) != '{' || text.charAt(end) != '}') {
            throw malformed("array", text);
        }
        List<String> elements = new ArrayList<>();
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            StringBuilder element = new StringBuilder();
            if (c == '"') {
                i = quoted(text, i, end, element, false) + 1;
                elements.add(element.toString());
            } else if (c == '{') {
                int close = closingBrace(text, i);
                elements.add(text.substring(i, close + 1));
                i = close + 1;
            } else {
                while (i < end && text.charAt(i) != delimiter) {
                    char e = text.charAt(i);
                    if (e == '\\' && i + 1 < end) {
                        e = text.charAt(++i);
                    }
                    element.append(e);
                    i++;
                }
                String value = element.toString().strip();
                elements.add(value.equalsIgnoreCase("NULL") ? null : value);
            }
            i++; // the delimiter
        }
        return elements;
    }

    /**
     * Appends the content of the quoted string starting at {@code open} and returns the index of
     * its closing quote. Records also escape a quote by doubling it.
     */
    private static int quoted(String text, int open, int end, StringBuilder out, boolean doubledQuotes) {
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                out.append(text.charAt(++i));
            } else if (c == '"' && doubledQuotes && i + 1 < end && text.charAt(i + 1) == '"') {
                out.append('"');
                i++;
            } else if (c == '"') {
                return i;
            } else {
                out.append(c);
            }
        }
        throw malformed("quoted value", text);
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        boolean inQuotes = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '{') {
                depth++;
            } else if (!inQuotes && c == '}' && --depth == 0) {
                return i;
            }
        }
        throw malformed("array", text);
    }

    private static KuzuException malformed(String what, String text) {
        return KuzuException.runtime("Malformed PostgreSQL " + what + ": " + text);
    }
}
