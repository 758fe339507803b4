package io.kuzujvm.jdbc;

import io.kuzujvm.planner.QueryResult;
import io.kuzujvm.planner.Session;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A JDBC connection: one planner {@link Session} on a database leased from
 * {@link InMemoryDatabases}. In auto-commit mode every statement is its own transaction; with
 * auto-commit off the next statement begins an explicit transaction (BEGIN TRANSACTION, READ
 * ONLY on a read-only connection) that {@link #commit()} / {@link #rollback()} end.
 * The session is not thread-safe, so running statements and pulling rows hold {@link #lock}.
 */
public final class KuzuConnection extends KuzuResource implements Connection {

    private final String url;
    private final InMemoryDatabases.DatabaseLease lease;
    private final Session session;
    private final Properties properties;
    private final Object lock = new Object();
    private final Set<KuzuStatement> openStatements = Collections.synchronizedSet(new LinkedHashSet<>());
    private boolean readOnly;
    private String schema;
    private boolean autoCommit = true;
    private int holdability = ResultSet.CLOSE_CURSORS_AT_COMMIT;
    private int networkTimeoutMillis;
    private final Properties clientInfo = new Properties();

    KuzuConnection(String url, InMemoryDatabases.DatabaseLease lease, Properties properties, boolean readOnly) {
        this.url = url;
        this.lease = lease;
        this.session = lease.openSession();
        this.properties = properties;
        this.readOnly = readOnly;
    }

    // ---- running statements -----------------------------------------------------------

    /** Runs Cypher on the session; engine failures become SQLExceptions and leave the connection usable. */
    QueryResult run(String cypher, Map<String, Object> parameters) throws SQLException {
        return run(cypher, parameters, true);
    }

    /**
     * Runs Cypher; {@code beginsTransaction} false for the driver's own catalog queries
     * (DatabaseMetaData), which never begin a transaction with auto-commit off.
     */
    QueryResult run(String cypher, Map<String, Object> parameters, boolean beginsTransaction) throws SQLException {
        checkOpen();
        synchronized (lock) {
            try {
                if (beginsTransaction && !autoCommit && !session.inTransaction()) {
                    session.beginTransaction(readOnly);
                }
                return session.execute(cypher, parameters);
            } catch (RuntimeException e) {
                throw SqlErrors.fromEngine(e);
            }
        }
    }

    Object lock() {
        return lock;
    }

    String url() {
        return url;
    }

    Properties properties() {
        return properties;
    }

    void statementClosed(KuzuStatement statement) {
        openStatements.remove(statement);
    }

    @Override
    String kind() {
        return "Connection";
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return register(new KuzuStatement(this));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency, holdability);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency, resultSetHoldability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return register(new KuzuPreparedStatement(this, sql));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency, holdability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        checkResultSetKind(resultSetType, resultSetConcurrency, resultSetHoldability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkOpen();
        KuzuStatement.checkNoGeneratedKeys(autoGeneratedKeys);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        checkOpen();
        KuzuStatement.checkNoGeneratedKeys(columnIndexes);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkOpen();
        KuzuStatement.checkNoGeneratedKeys(columnNames);
        return prepareStatement(sql);
    }

    private <T extends KuzuStatement> T register(T statement) {
        openStatements.add(statement);
        return statement;
    }

    private void checkResultSetKind(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw SqlErrors.notSupported("Only TYPE_FORWARD_ONLY result sets are supported");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlErrors.notSupported("Only CONCUR_READ_ONLY result sets are supported");
        }
        checkHoldability(holdability);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("Stored procedures are not supported; use CALL in a Cypher statement");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        return prepareCall(sql);
    }

    /** JDBC {@code ?} placeholders become Kùzu's {@code $1, $2, ...}; see {@link PlaceholderTranslator}. */
    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return PlaceholderTranslator.translate(sql).cypher();
    }

    // ---- transactions ------------------------------------------------------------------------

    /**
     * Turning auto-commit off makes the next statement begin a transaction; turning it on
     * commits the open one (JDBC); setting the current mode again changes nothing.
     */
    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        synchronized (lock) {
            if (autoCommit == this.autoCommit) {
                return;
            }
            if (autoCommit && session.inTransaction()) {
                try {
                    session.commit();
                } catch (RuntimeException e) {
                    throw SqlErrors.fromEngine(e);
                }
            }
            this.autoCommit = autoCommit;
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        synchronized (lock) {
            if (autoCommit) {
                throw SqlErrors.withState("Cannot commit: the connection is in auto-commit mode", "25000");
            }
            if (session.inTransaction()) {
                try {
                    session.commit();
                } catch (RuntimeException e) {
                    throw SqlErrors.fromEngine(e);
                }
            }
        }
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        synchronized (lock) {
            if (autoCommit) {
                throw SqlErrors.withState("Cannot roll back: the connection is in auto-commit mode", "25000");
            }
            if (session.inTransaction()) {
                try {
                    session.rollback();
                } catch (RuntimeException e) {
                    throw SqlErrors.fromEngine(e);
                }
            }
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("Savepoints are not supported yet");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return setSavepoint();
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        setSavepoint();
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        setSavepoint();
    }

    /**
     * Accepts every standard level; transactions always run at the strongest (snapshot reads,
     * one writer at a time), which JDBC allows a driver to substitute for a weaker one.
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        switch (level) {
            case TRANSACTION_READ_UNCOMMITTED, TRANSACTION_READ_COMMITTED, TRANSACTION_REPEATABLE_READ,
                 TRANSACTION_SERIALIZABLE -> { }
            default -> throw SqlErrors.withState("Invalid transaction isolation level " + level,
                    SqlErrors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return TRANSACTION_SERIALIZABLE;
    }

    // ---- state that pools reset on every return --------------------------------------------------

    /** Stored and reported (the read_only property sets the initial value); writes are not blocked yet. */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /** Kùzu has no catalogs: any name is accepted and ignored, as the JDBC spec allows. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    /** Stored and reported only; Kùzu's default database is chosen with the Cypher USE statement. */
    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        this.schema = schema;
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return schema;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        checkHoldability(holdability);
        this.holdability = holdability;
    }

    private static void checkHoldability(int holdability) throws SQLException {
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlErrors.withState("Invalid holdability " + holdability, SqlErrors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    // ---- life cycle -------------------------------------------------------------------------------

    @Override
    public boolean isValid(int timeout) throws SQLException {
        SqlErrors.checkNotNegative("Timeout", timeout);
        return !isClosed();
    }

    @Override
    public void close() throws SQLException {
        if (!markClosed()) {
            return;
        }
        SQLException failure = null;
        KuzuStatement[] statements;
        synchronized (openStatements) {
            statements = openStatements.toArray(new KuzuStatement[0]);
        }
        for (KuzuStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        try {
            synchronized (lock) {
                session.close();
            }
        } catch (RuntimeException e) {
            failure = failure == null ? SqlErrors.fromEngine(e) : failure;
        } finally {
            lease.release();
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlErrors.withState("Executor is null", SqlErrors.INVALID_PARAMETER_VALUE);
        }
        if (isClosed()) {
            return;
        }
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // abort has nobody to report to
            }
        });
    }

    /** Stored only: there is no network between this driver and its embedded database. */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        SqlErrors.checkNotNegative("Timeout", milliseconds);
        networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new KuzuDatabaseMetaData(this);
    }

    // ---- client info and types ------------------------------------------------------------------

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        checkOpenForClientInfo();
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        checkOpenForClientInfo();
        clientInfo.clear();
        if (properties != null) {
            for (String name : properties.stringPropertyNames()) {
                clientInfo.setProperty(name, properties.getProperty(name));
            }
        }
    }

    /** setClientInfo may throw only SQLClientInfoException, so it cannot use checkOpen(). */
    private void checkOpenForClientInfo() throws SQLClientInfoException {
        if (isClosed()) {
            throw new SQLClientInfoException("Connection is closed", SqlErrors.CONNECTION_DOES_NOT_EXIST, 0, Map.of());
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new java.util.HashMap<>();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw SqlErrors.notSupported("User-defined type maps are not supported");
        }
    }

    @Override
    public Clob createClob() throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("CLOB values are not supported; use strings");
    }

    @Override
    public Blob createBlob() throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("Blob objects are not supported; use setBytes");
    }

    @Override
    public NClob createNClob() throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("NCLOB values are not supported; use strings");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("SQLXML values are not supported");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("java.sql.Array values are not supported yet; pass a java.util.List with setObject");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("java.sql.Struct values are not supported yet");
    }
}
