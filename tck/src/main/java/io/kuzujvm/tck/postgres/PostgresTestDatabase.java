package io.kuzujvm.tck.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database the PostgreSQL extension's cases expect ({@code dbname=pgscan}), built once per
 * run from {@code create_test_db.sql} on a {@link PostgresServer} started on first use.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    /** The database name the extension's cases use in their connection strings. */
    public static final String DATABASE = "pgscan";

    private static final Pattern OWNER = Pattern.compile("(?i)OWNER\\s+TO\\s+\"?(\\w+)\"?");

    private final Path script;
    private final Optional<String> version;
    private PostgresServer server;
    private Exception failure;

    /** {@code version}: the embedded server's version; empty for the binaries on the classpath. */
    public PostgresTestDatabase(Path script, Optional<String> version) {
        this.script = script;
        this.version = version;
    }

    /** The server with the database built; throws the same failure on every call if it failed. */
    public synchronized PostgresServer server() throws Exception {
        if (failure != null) {
            throw failure;
        }
        if (server == null) {
            try {
                PostgresServer started = version.isPresent()
                        ? PostgresServer.start(version.get()) : PostgresServer.start();
                try {
                    String text = Files.readString(script, StandardCharsets.UTF_8);
                    for (String role : ownerRoles(text)) {
                        started.ensureRole(role);
                    }
                    started.createDatabase(DATABASE);
                    started.runScript(DATABASE, text);
                } catch (Exception e) {
                    started.close();
                    throw e;
                }
                server = started;
            } catch (Exception e) {
                failure = e;
                throw e;
            }
        }
        return server;
    }

    private static Set<String> ownerRoles(String script) {
        Set<String> roles = new LinkedHashSet<>();
        Matcher m = OWNER.matcher(script);
        while (m.find()) {
            roles.add(m.group(1));
        }
        return roles;
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
