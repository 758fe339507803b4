package io.kuzujvm.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Cypher text into statements at the semicolons that end them.
 *
 * <p>Text is fed line by line; semicolons inside single- or double-quoted strings,
 * back-quoted names, {@code //} line comments and {@code /* ... *}{@code /} block comments
 * do not end a statement. A statement may span lines; the splitter keeps the unfinished
 * part (and whether it is inside a string or block comment) between calls. Comments are
 * kept in the statement text: the database skips them itself.
 */
public final class StatementSplitter {

    private enum State { CODE, SINGLE_QUOTED, DOUBLE_QUOTED, BACK_QUOTED, LINE_COMMENT, BLOCK_COMMENT }

    private final StringBuilder pending = new StringBuilder();
    private State state = State.CODE;

    /** Splits a whole text at once; a trailing unterminated statement is returned too. */
    public static List<String> splitAll(String text) {
        StatementSplitter splitter = new StatementSplitter();
        List<String> statements = new ArrayList<>(splitter.feed(text));
        String rest = splitter.drainRemainder();
        if (rest != null) {
            statements.add(rest);
        }
        return statements;
    }

    /**
     * Adds a chunk of text (usually one input line, without its line terminator) and
     * returns the statements it completes, each without its terminating semicolon
     * and trimmed. Empty statements (a lone ";") are dropped.
     */
    public List<String> feed(String chunk) {
        List<String> complete = new ArrayList<>();
        if (pending.length() > 0) {
            pending.append('\n');
        }
        // A line comment never continues onto the next line.
        if (state == State.LINE_COMMENT) {
            state = State.CODE;
        }
        int length = chunk.length();
        for (int i = 0; i < length; i++) {
            char c = chunk.charAt(i);
            char next = i + 1 < length ? chunk.charAt(i + 1) : '\0';
            switch (state) {
                case CODE -> {
                    if (c == ';') {
                        String statement = pending.toString().trim();
                        pending.setLength(0);
                        if (!isBlank(statement)) {
                            complete.add(statement);
                        }
                        continue;
                    }
                    if (c == '\'') {
                        state = State.SINGLE_QUOTED;
                    } else if (c == '"') {
                        state = State.DOUBLE_QUOTED;
                    } else if (c == '`') {
                        state = State.BACK_QUOTED;
                    } else if (c == '/' && next == '/') {
                        state = State.LINE_COMMENT;
                    } else if (c == '/' && next == '*') {
                        state = State.BLOCK_COMMENT;
                        pending.append(c).append(next);
                        i++;
                        continue;
                    }
                    pending.append(c);
                }
                case SINGLE_QUOTED, DOUBLE_QUOTED -> {
                    pending.append(c);
                    char quote = state == State.SINGLE_QUOTED ? '\'' : '"';
                    if (c == '\\' && i + 1 < length) {
                        pending.append(next);
                        i++;
                    } else if (c == quote) {
                        state = State.CODE;
                    }
                }
                case BACK_QUOTED -> {
                    pending.append(c);
                    if (c == '`') {
                        state = State.CODE;
                    }
                }
                case LINE_COMMENT -> {
                    pending.append(c);
                    if (c == '\n') {
                        state = State.CODE;
                    }
                }
                case BLOCK_COMMENT -> {
                    pending.append(c);
                    if (c == '*' && next == '/') {
                        pending.append(next);
                        i++;
                        state = State.CODE;
                    }
                }
                default -> throw new IllegalStateException(state.toString());
            }
        }
        if (state == State.LINE_COMMENT) {
            state = State.CODE;
        }
        return complete;
    }

    /** True when no statement has been started (only whitespace or comments pending). */
    public boolean isEmpty() {
        return state == State.CODE && isBlank(pending.toString());
    }

    /**
     * Returns and forgets the unfinished statement (for end of input), or null when
     * nothing but whitespace and comments is pending.
     */
    public String drainRemainder() {
        String rest = pending.toString().trim();
        boolean blank = state != State.SINGLE_QUOTED && state != State.DOUBLE_QUOTED
                && state != State.BACK_QUOTED && isBlank(rest);
        reset();
        return blank ? null : rest;
    }

    /** Forgets everything pending. */
    public void reset() {
        pending.setLength(0);
        state = State.CODE;
    }

    /** True when the text holds only whitespace and comments. */
    static boolean isBlank(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                return false;
            }
        }
        return true;
    }
}
