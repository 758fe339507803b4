package io.kuzujvm.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/** The {@code java.sql.Driver} for {@code jdbc:kuzu:} URLs; see {@link KuzuUrl} for their forms. */
public final class KuzuDriver implements Driver {

    public static final int MAJOR_VERSION = 0;
    public static final int MINOR_VERSION = 1;
    public static final String VERSION = "0.1.0";
    public static final String NAME = "Kuzu JVM JDBC Driver";

    /** The parent logger of the driver and its data source (a constant, so naming it loads no driver). */
    static final String LOGGER_NAME = "io.kuzujvm.jdbc";

    static {
        try {
            DriverManager.registerDriver(new KuzuDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // the spec: another driver may accept it
        }
        return open(KuzuUrl.parse(url, info), url);
    }

    static KuzuConnection open(KuzuUrl parsed, String url) throws SQLException {
        boolean readOnly = KuzuConnectionProperty.READ_ONLY.getBoolean(parsed.properties());
        InMemoryDatabases.DatabaseLease lease = switch (parsed.kind()) {
            case PRIVATE_MEMORY -> InMemoryDatabases.openPrivate();
            case NAMED_MEMORY -> InMemoryDatabases.openShared(parsed.location());
            case ON_DISK -> OnDiskDatabases.open(parsed.location(), readOnly);
        };
        try {
            return new KuzuConnection(url, lease, parsed.properties(), readOnly);
        } catch (RuntimeException e) {
            lease.release();
            throw SqlErrors.fromEngine(e);
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        if (url == null) {
            throw SqlErrors.withState("URL is null", SqlErrors.UNABLE_TO_CONNECT);
        }
        return KuzuUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Properties current = acceptsURL(url) ? KuzuUrl.parse(url, info).properties() : new Properties();
        KuzuConnectionProperty[] all = KuzuConnectionProperty.values();
        DriverPropertyInfo[] result = new DriverPropertyInfo[all.length];
        for (int i = 0; i < all.length; i++) {
            result[i] = all[i].toPropertyInfo(current);
        }
        return result;
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** Not fully JDBC compliant: no transactions yet and no SQL-92 (the language is Cypher). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(LOGGER_NAME);
    }
}
