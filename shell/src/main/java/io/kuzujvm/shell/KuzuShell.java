package io.kuzujvm.shell;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Entry point: {@code java -jar kuzu-shell.jar [JDBC-URL-or-path] [--demo]}.
 *
 * <p>Without {@code --demo}, opens the database (default {@code jdbc:kuzu::memory:}) and
 * runs the interactive prompt on standard input. Exit status: 0, or 1 when the database
 * could not be opened, the demo had a failing step, or (with piped input) a statement failed.
 */
public final class KuzuShell {

    private KuzuShell() {}

    public static void main(String[] args) {
        // Box drawing needs UTF-8 whatever the platform's default encoding is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    /** Runs the shell or demo and returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        ShellOptions options;
        try {
            options = ShellOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ShellOptions.usage());
            return 2;
        }
        if (options.help()) {
            out.print(ShellOptions.usage());
            return 0;
        }
        if (options.demo()) {
            return new Demo(options.url(), out).run().succeeded() ? 0 : 1;
        }
        return runInteractive(options.url(), out);
    }

    private static int runInteractive(String url, PrintStream out) {
        boolean interactive = System.console() != null;
        Charset charset = interactive ? System.console().charset() : StandardCharsets.UTF_8;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, charset));
        try (Connection connection = DriverManager.getConnection(url)) {
            if (interactive) {
                out.println("Kùzu-JVM shell, connected to " + url);
                out.println("Enter \":help\" for usage hints.");
            }
            int failures = new Repl(connection, in, out, interactive).run();
            return interactive || failures == 0 ? 0 : 1;
        } catch (SQLException e) {
            out.println("Error: could not open " + url + ": " + StatementExecutor.messageOf(e));
            return 1;
        } catch (IOException e) {
            out.println("Error: reading input failed: " + e.getMessage());
            return 1;
        }
    }
}
