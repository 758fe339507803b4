package io.kuzujvm.jdbc;

import java.util.regex.Pattern;

/**
 * A DatabaseMetaData name pattern: {@code %} any run of characters, {@code _} one
 * character, {@code \} escapes the next. Matching ignores case, because Kùzu names do.
 */
final class LikePattern {

    static final String ESCAPE = "\\";

    private final Pattern regex; // null: matches everything

    private LikePattern(Pattern regex) {
        this.regex = regex;
    }

    /** A null pattern matches every name, as the JDBC spec says. */
    static LikePattern of(String pattern) {
        if (pattern == null) {
            return new LikePattern(null);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new LikePattern(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                | Pattern.DOTALL));
    }

    boolean matches(String name) {
        return regex == null || (name != null && regex.matcher(name).matches());
    }
}
