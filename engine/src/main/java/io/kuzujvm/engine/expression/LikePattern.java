package io.kuzujvm.engine.expression;

import java.util.regex.Pattern;

/** SQL LIKE patterns as regular expressions: % any run, _ any one character, an escape for either. */
public final class LikePattern {

    private LikePattern() {
    }

    /** @param escape the escape character, or 0 for none */
    public static Pattern compile(String like, char escape) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (escape != 0 && c == escape && i + 1 < like.length()) {
                literal.append(like.charAt(++i));
            } else if (c == '%' || c == '_') {
                flush(literal, regex);
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        flush(literal, regex);
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
