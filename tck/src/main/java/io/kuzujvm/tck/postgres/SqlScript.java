package io.kuzujvm.tck.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a psql script (such as a pg_dump output) into commands: SQL statements ended by
 * {@code ;} outside quotes, dollar quotes and comments; {@code COPY ... FROM stdin} with the data
 * lines up to {@code \.}; psql meta-commands (a line starting with a backslash).
 */
public final class SqlScript {

    public sealed interface Command permits Sql, CopyFromStdin, Meta {}

    public record Sql(String text) implements Command {
        private static final Pattern OWNER = Pattern.compile("(?is)^\\s*ALTER\\s.*\\sOWNER\\s+TO\\s.*");

        public boolean isOwnerChange() {
            return OWNER.matcher(text).matches();
        }
    }

    public record CopyFromStdin(String sql, String data) implements Command {}

    public record Meta(String line) implements Command {
        /** The database of {@code \c db} / {@code \connect db}, or null. */
        public String connectTarget() {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 2 && (words[0].equals("\\c") || words[0].equals("\\connect"))) {
                return words[1].replaceAll("^\"|\"$", "");
            }
            return null;
        }
    }

    private static final Pattern COPY_FROM_STDIN =
            Pattern.compile("(?is)^\\s*COPY\\s.*\\sFROM\\s+stdin\\b.*");

    private SqlScript() {}

    public static List<Command> parse(String script) {
        List<Command> commands = new ArrayList<>();
        String s = script.replace("\r\n", "\n");
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            boolean atLineStart = i == 0 || s.charAt(i - 1) == '\n';
            if (atLineStart && ch == '\\' && current.toString().isBlank()) {
                int end = lineEnd(s, i);
                commands.add(new Meta(s.substring(i, end)));
                current.setLength(0);
                i = Math.min(n, end + 1);
                continue;
            }
            if (ch == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                i = lineEnd(s, i);
                continue;
            }
            if (ch == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
                continue;
            }
            if (ch == '\'' || ch == '"') {
                int end = closingQuote(s, i, ch);
                current.append(s, i, end);
                i = end;
                continue;
            }
            if (ch == '$') {
                int tagEnd = dollarTagEnd(s, i);
                if (tagEnd > 0) {
                    String tag = s.substring(i, tagEnd + 1);
                    int close = s.indexOf(tag, tagEnd + 1);
                    int end = close < 0 ? n : close + tag.length();
                    current.append(s, i, end);
                    i = end;
                    continue;
                }
            }
            if (ch == ';') {
                String sql = current.toString().strip();
                current.setLength(0);
                i++;
                if (sql.isEmpty()) {
                    continue;
                }
                if (COPY_FROM_STDIN.matcher(sql).matches()) {
                    int dataStart = Math.min(n, lineEnd(s, i) + 1);
                    StringBuilder data = new StringBuilder();
                    int p = dataStart;
                    while (p < n) {
                        int end = lineEnd(s, p);
                        String line = s.substring(p, end);
                        p = Math.min(n, end + 1);
                        if (line.equals("\\.")) {
                            break;
                        }
                        data.append(line).append('\n');
                    }
                    commands.add(new CopyFromStdin(sql, data.toString()));
                    i = p;
                } else {
                    commands.add(new Sql(sql));
                }
                continue;
            }
            current.append(ch);
            i++;
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            commands.add(new Sql(rest));
        }
        return commands;
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    private static int closingQuote(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** Index of the closing {@code $} of a dollar-quote tag starting at i, or -1. */
    private static int dollarTagEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
            return j;
        }
        return -1;
    }
}
