package io.kuzujvm.shell;

import java.util.List;

/** The command line: {@code [JDBC-URL-or-path] [--demo]}. */
public record ShellOptions(String url, boolean demo, boolean help) {

    public static final String DEFAULT_URL = "jdbc:kuzu::memory:";

    public static ShellOptions parse(List<String> args) {
        String url = null;
        boolean demo = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--demo" -> demo = true;
                case "-h", "--help" -> help = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                    if (url != null) {
                        throw new IllegalArgumentException("Only one database may be given, got " + url + " and " + arg);
                    }
                    url = toJdbcUrl(arg);
                }
            }
        }
        return new ShellOptions(url == null ? DEFAULT_URL : url, demo, help);
    }

    /** A JDBC URL stays as it is; anything else names a database directory (or {@code :memory:}). */
    static String toJdbcUrl(String urlOrPath) {
        if (urlOrPath.startsWith("jdbc:")) {
            return urlOrPath;
        }
        return "jdbc:kuzu:" + urlOrPath;
    }

    static String usage() {
        return """
                Usage: java -jar kuzu-shell.jar [JDBC-URL-or-path] [--demo]
                  JDBC-URL-or-path  jdbc:kuzu:/path/to/db, a database directory, or :memory:
                                    (default: jdbc:kuzu::memory:)
                  --demo            run the PostgreSQL extension walkthrough against an
                                    embedded PostgreSQL server, then exit
                """;
    }
}
