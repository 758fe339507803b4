package io.kuzujvm.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A parsed {@code jdbc:kuzu:} URL: where the database lives and the connection properties.
 * <ul>
 *   <li>{@code jdbc:kuzu::memory:} a new private in-memory database;</li>
 *   <li>{@code jdbc:kuzu::memory:NAME} the in-memory database shared under NAME;</li>
 *   <li>{@code jdbc:kuzu:/some/path} the on-disk database in that directory (created when missing;
 *   {@code ?read_only=true} opens it without the writer's lock and refuses writes).</li>
 * </ul>
 * Properties may follow a {@code ?} as {@code name=value&...}. A URL property wins over
 * one passed in {@link Properties}, as in pgjdbc.
 */
public record KuzuUrl(Kind kind, String location, Properties properties) {

    public static final String PREFIX = "jdbc:kuzu:";
    private static final String MEMORY = ":memory:";

    public enum Kind {
        PRIVATE_MEMORY, NAMED_MEMORY, ON_DISK
    }

    public static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Parses a URL this driver accepts; {@code given} are the caller's properties (may be null). */
    public static KuzuUrl parse(String url, Properties given) throws SQLException {
        if (!accepts(url)) {
            throw malformed(url, "it must start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        Properties properties = new Properties();
        if (given != null) {
            for (String name : given.stringPropertyNames()) {
                put(properties, url, name, given.getProperty(name));
            }
        }
        if (query != null && !query.isEmpty()) {
            parseQuery(url, query, properties);
        }
        return new KuzuUrl(kindOf(url, rest), locationOf(rest), properties);
    }

    private static Kind kindOf(String url, String rest) throws SQLException {
        if (rest.isEmpty()) {
            throw malformed(url, "name a database: " + PREFIX + MEMORY + " for a private in-memory database, "
                    + PREFIX + MEMORY + "NAME for a shared one, or " + PREFIX + "/path/to/db");
        }
        if (rest.equals(MEMORY)) {
            return Kind.PRIVATE_MEMORY;
        }
        if (rest.startsWith(MEMORY)) {
            return Kind.NAMED_MEMORY;
        }
        if (rest.startsWith(":")) {
            // ":memory" without the closing colon, or any other ":xyz": a typo, not a path.
            throw malformed(url, "expected " + PREFIX + MEMORY + " or " + PREFIX + MEMORY + "NAME");
        }
        return Kind.ON_DISK;
    }

    private static String locationOf(String rest) {
        if (rest.startsWith(MEMORY)) {
            return rest.substring(MEMORY.length());
        }
        return rest;
    }

    private static void parseQuery(String url, String query, Properties properties) throws SQLException {
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw malformed(url, "property '" + pair + "' must be written name=value");
            }
            put(properties, url, decode(url, pair.substring(0, equals)), decode(url, pair.substring(equals + 1)));
        }
    }

    private static void put(Properties properties, String url, String name, String value) throws SQLException {
        KuzuConnectionProperty property = KuzuConnectionProperty.forName(name);
        if (property == null) {
            throw SqlErrors.withState("Unknown connection property '" + name + "' in " + url + "; known properties: "
                    + knownNames(), SqlErrors.UNABLE_TO_CONNECT);
        }
        properties.setProperty(property.propertyName(), value);
    }

    private static String knownNames() {
        StringBuilder names = new StringBuilder();
        for (KuzuConnectionProperty property : KuzuConnectionProperty.values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(property.propertyName());
        }
        return names.toString();
    }

    private static String decode(String url, String text) throws SQLException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(url, "bad %-escape in '" + text + "'");
        }
    }

    private static SQLException malformed(String url, String reason) {
        return SqlErrors.withState("Malformed Kuzu URL '" + url + "': " + reason, SqlErrors.UNABLE_TO_CONNECT);
    }
}
