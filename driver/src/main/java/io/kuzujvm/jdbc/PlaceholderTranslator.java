package io.kuzujvm.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns JDBC {@code ?} placeholders into Kùzu parameters {@code $1, $2, ...}, because
 * Spring and most JDBC code only know {@code ?}. When the text has no {@code ?}, its Kùzu
 * {@code $name} parameters are numbered in order of first appearance instead, so
 * {@code setX(1, ...)} sets the first of them. Text inside string literals, backquoted
 * identifiers and comments is never touched.
 */
public final class PlaceholderTranslator {

    /** The Cypher to run and, per JDBC parameter index (1-based, list index + 1), the Kùzu parameter name. */
    public record Translation(String cypher, List<String> parameterNames) {
        public int parameterCount() {
            return parameterNames.size();
        }
    }

    private PlaceholderTranslator() {
    }

    public static Translation translate(String sql) {
        List<String> positional = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = skipQuoted(sql, i, c, true);
            } else if (c == '`') {
                end = skipQuoted(sql, i, '`', false);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '/') {
                end = skipLineComment(sql, i);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
            } else if (c == '?') {
                positional.add(String.valueOf(positional.size() + 1));
                out.append('$').append(positional.size());
                i++;
                continue;
            } else if (c == '$') {
                end = i + 1;
                while (end < n && isNameChar(sql.charAt(end))) {
                    end++;
                }
                if (end > i + 1) {
                    named.add(sql.substring(i + 1, end));
                }
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        if (!positional.isEmpty()) {
            return new Translation(out.toString(), List.copyOf(positional));
        }
        return new Translation(sql, List.copyOf(named));
    }

    /** The index after the closing quote; a backslash escapes the next character in strings. */
    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipLineComment(String sql, int start) {
        int i = start;
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
