package io.kuzujvm.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A {@link DataSource} for Spring and HikariCP ({@code dataSourceClassName}): a URL plus
 * connection properties, set as bean properties ({@code url}, {@code readOnly}) or by name.
 */
public class KuzuDataSource extends KuzuWrapper implements DataSource {

    private String url = KuzuUrl.PREFIX + ":memory:";
    private final Properties properties = new Properties();
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public KuzuDataSource() {
    }

    public KuzuDataSource(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Sets a {@link KuzuConnectionProperty} by name; unknown names fail when a connection opens. */
    public void setProperty(String name, String value) {
        properties.setProperty(name, value);
    }

    public String getProperty(String name) {
        return properties.getProperty(name);
    }

    public void setReadOnly(boolean readOnly) {
        setProperty(KuzuConnectionProperty.READ_ONLY.propertyName(), Boolean.toString(readOnly));
    }

    public boolean isReadOnly() {
        return Boolean.parseBoolean(properties.getProperty(KuzuConnectionProperty.READ_ONLY.propertyName(), "false"));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return KuzuDriver.open(KuzuUrl.parse(url, properties), url);
    }

    /** User and password are accepted for pools' sake; an embedded database has no login. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties withLogin = new Properties();
        withLogin.putAll(properties);
        if (username != null) {
            withLogin.setProperty(KuzuConnectionProperty.USER.propertyName(), username);
        }
        if (password != null) {
            withLogin.setProperty(KuzuConnectionProperty.PASSWORD.propertyName(), password);
        }
        return KuzuDriver.open(KuzuUrl.parse(url, withLogin), url);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Stored only: opening an embedded database does not wait on a network. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(KuzuDriver.LOGGER_NAME);
    }
}
