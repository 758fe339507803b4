package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A PostgreSQL connection string as libpq reads it: {@code key=value} pairs (values may be
 * single-quoted with backslash escapes) or a {@code postgresql://} URI. Missing parts
 * come from the environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, POSTGRES_PASSWORD,
 * PGDATABASE) and then libpq's defaults. {@link #toString()} never shows the password.
 */
public final class PgConnectionString {

    /** Keywords passed on to pgjdbc beside host, port, dbname, user and password. */
    private static final Set<String> PASSED_THROUGH = Set.of(
            "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "options",
            "target_session_attrs");

    private static final Set<String> KNOWN = Set.of("host", "hostaddr", "port", "dbname", "user", "password");

    private final Map<String, String> values;

    private PgConnectionString(Map<String, String> values) {
        this.values = values;
    }

    /** Parses a connection string, filling gaps from the given environment. */
    public static PgConnectionString parse(String text, Map<String, String> environment) {
        Map<String, String> values = text.startsWith("postgresql://") || text.startsWith("postgres://")
                ? parseUri(text) : parseKeywords(text);
        for (String key : values.keySet()) {
            if (!KNOWN.contains(key) && !PASSED_THROUGH.contains(key)) {
                throw invalid("unknown keyword \"" + key + "\"");
            }
        }
        fillFromEnvironment(values, environment);
        return new PgConnectionString(values);
    }

    public static PgConnectionString parse(String text) {
        return parse(text, System.getenv());
    }

    private static void fillFromEnvironment(Map<String, String> values, Map<String, String> environment) {
        values.computeIfAbsent("host", k -> environment.getOrDefault("PGHOST", "localhost"));
        values.computeIfAbsent("port", k -> environment.getOrDefault("PGPORT", "5432"));
        values.computeIfAbsent("user", k -> environment.getOrDefault("PGUSER", "postgres"));
        if (!values.containsKey("password")) {
            String password = environment.getOrDefault("PGPASSWORD", environment.get("POSTGRES_PASSWORD"));
            if (password != null) {
                values.put("password", password);
            }
        }
        values.computeIfAbsent("dbname", k -> environment.getOrDefault("PGDATABASE", values.get("user")));
        try {
            int port = Integer.parseInt(values.get("port"));
            if (port <= 0 || port > 65535) {
                throw invalid("invalid port number: \"" + values.get("port") + "\"");
            }
        } catch (NumberFormatException e) {
            throw invalid("invalid port number: \"" + values.get("port") + "\"");
        }
    }

    private static Map<String, String> parseKeywords(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return values;
            }
            int keyStart = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String key = text.substring(keyStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) != '=') {
                throw invalid("missing \"=\" after \"" + key + "\"");
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '\'') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(text.charAt(i++));
                    } else if (c == '\'') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw invalid("unterminated quoted string");
                }
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        c = text.charAt(i++);
                    }
                    value.append(c);
                }
            }
            values.put(key, value.toString());
        }
    }

    private static Map<String, String> parseUri(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String rest = text.substring(text.indexOf("://") + 3);
        int query = rest.indexOf('?');
        String params = query >= 0 ? rest.substring(query + 1) : "";
        rest = query >= 0 ? rest.substring(0, query) : rest;
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        if (slash >= 0 && slash + 1 < rest.length()) {
            values.put("dbname", decode(rest.substring(slash + 1)));
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                values.put("user", decode(userInfo.substring(0, colon)));
                values.put("password", decode(userInfo.substring(colon + 1)));
            } else if (!userInfo.isEmpty()) {
                values.put("user", decode(userInfo));
            }
        }
        String host = authority;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid("unterminated IPv6 host address");
            }
            host = authority.substring(1, close);
            if (close + 1 < authority.length() && authority.charAt(close + 1) == ':') {
                values.put("port", authority.substring(close + 2));
            }
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                values.put("port", authority.substring(colon + 1));
            }
        }
        if (!host.isEmpty()) {
            values.put("host", decode(host));
        }
        if (!params.isEmpty()) {
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw invalid("missing \"=\" in URI query parameter \"" + pair + "\"");
                }
                values.put(decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT), decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static KuzuException invalid(String reason) {
        return KuzuException.binder("Invalid PostgreSQL connection string: " + reason + ".");
    }

    public String host() {
        return values.containsKey("hostaddr") ? values.get("hostaddr") : values.get("host");
    }

    public int port() {
        return Integer.parseInt(values.get("port"));
    }

    public String database() {
        return values.get("dbname");
    }

    public String user() {
        return values.get("user");
    }

    public Optional<String> password() {
        return Optional.ofNullable(values.get("password"));
    }

    /** The pgjdbc URL (no credentials in it). */
    public String jdbcUrl() {
        String host = host().contains(":") ? "[" + host() + "]" : host();
        return "jdbc:postgresql://" + host + ":" + port() + "/"
                + java.net.URLEncoder.encode(database(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** pgjdbc connection properties: user, password and the passed-through keywords. */
    public Properties jdbcProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        password().ifPresent(p -> properties.setProperty("password", p));
        for (Map.Entry<String, String> entry : values.entrySet()) {
            switch (entry.getKey()) {
                case "sslmode" -> properties.setProperty("sslmode", entry.getValue());
                case "sslrootcert" -> properties.setProperty("sslrootcert", entry.getValue());
                case "sslcert" -> properties.setProperty("sslcert", entry.getValue());
                case "sslkey" -> properties.setProperty("sslkey", entry.getValue());
                case "connect_timeout" -> properties.setProperty("connectTimeout", entry.getValue());
                case "application_name" -> properties.setProperty("ApplicationName", entry.getValue());
                case "options" -> properties.setProperty("options", entry.getValue());
                case "target_session_attrs" -> properties.setProperty("targetServerType", entry.getValue());
                default -> { }
            }
        }
        properties.putIfAbsent("ApplicationName", "kuzu-jvm");
        return properties;
    }

    /** The connection string without its password, for messages. */
    @Override
    public String toString() {
        return "host=" + host() + " port=" + port() + " dbname=" + database() + " user=" + user();
    }
}
