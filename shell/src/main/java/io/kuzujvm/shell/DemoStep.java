package io.kuzujvm.shell;

import java.util.regex.Pattern;

/**
 * One statement of the demo: its text as typed (ending with {@code ;}) and the text shown
 * to the reader (the same, with any password masked).
 */
public record DemoStep(String statement, String shown) {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)[^\\s']*");

    public static DemoStep of(String statement) {
        return new DemoStep(statement, maskPasswords(statement));
    }

    /**
     * The text sent to the database: as the shell would send it when typed at the
     * prompt, i.e. without the terminating semicolon.
     */
    public String executed() {
        java.util.List<String> statements = StatementSplitter.splitAll(statement);
        if (statements.size() != 1) {
            throw new IllegalStateException("a demo step must hold one statement: " + statement);
        }
        return statements.get(0);
    }

    /** Replaces the value of every {@code password=...} with {@code ***}. */
    static String maskPasswords(String text) {
        return PASSWORD.matcher(text).replaceAll("$1***");
    }
}
