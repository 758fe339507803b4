package io.kuzujvm.jdbc;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Every property a connection understands, from the URL's query string or from the
 * {@link Properties} given to connect. One list feeds both parsing and
 * {@link java.sql.Driver#getPropertyInfo} so they cannot drift apart (pgjdbc's pattern).
 */
public enum KuzuConnectionProperty {

    READ_ONLY("read_only", "false", "Open the connection read-only (reported by Connection.isReadOnly); on an"
            + " on-disk database writes are then refused, and without a writer in this JVM the directory is opened"
            + " without the writer's lock.",
            new String[] {"true", "false"}),
    // Tools and pools always pass these; an embedded database has no login, so they are accepted and unused.
    USER("user", null, "Accepted for tool compatibility; an embedded database has no login.", null),
    PASSWORD("password", null, "Accepted for tool compatibility; an embedded database has no login.", null);

    private final String propertyName;
    private final String defaultValue;
    private final String description;
    private final String[] choices;

    KuzuConnectionProperty(String propertyName, String defaultValue, String description, String[] choices) {
        this.propertyName = propertyName;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = choices;
    }

    public String propertyName() {
        return propertyName;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The property's value in {@code props}, or its default. */
    public String get(Properties props) {
        String value = props.getProperty(propertyName);
        return value == null ? defaultValue : value;
    }

    public boolean getBoolean(Properties props) throws SQLException {
        String value = get(props);
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw SqlErrors.withState("Invalid value '" + value + "' for connection property " + propertyName
                + ": expected true or false", SqlErrors.UNABLE_TO_CONNECT);
    }

    DriverPropertyInfo toPropertyInfo(Properties props) {
        DriverPropertyInfo info = new DriverPropertyInfo(propertyName, get(props));
        info.description = description;
        info.required = false;
        info.choices = choices == null ? null : choices.clone();
        return info;
    }

    /** The property with this name (case-insensitive), or null. */
    public static KuzuConnectionProperty forName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (KuzuConnectionProperty property : values()) {
            if (property.propertyName.equals(lower)) {
                return property;
            }
        }
        return null;
    }
}
