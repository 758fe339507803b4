package io.kuzujvm.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement with parameters. JDBC {@code ?} placeholders run as Kùzu's {@code $1, $2, ...};
 * a text without {@code ?} keeps its {@code $name} parameters, numbered by first appearance
 * (see {@link PlaceholderTranslator}). Values go to the planner as a name → value map.
 */
public final class KuzuPreparedStatement extends KuzuStatement implements PreparedStatement {

    private final PlaceholderTranslator.Translation translation;
    private final Object[] values;
    private final boolean[] isSet;
    private final List<Object[]> batch = new ArrayList<>();

    KuzuPreparedStatement(KuzuConnection connection, String sql) throws SQLException {
        super(connection);
        if (sql == null) {
            throw SqlErrors.withState("SQL text is null", SqlErrors.INVALID_PARAMETER_VALUE);
        }
        this.translation = PlaceholderTranslator.translate(sql);
        this.values = new Object[translation.parameterCount()];
        this.isSet = new boolean[translation.parameterCount()];
        setPoolable(true);
    }

    /** The parameters as the planner takes them; every one must have been set. */
    private Map<String, Object> parameterMap(Object[] rowValues, boolean[] rowIsSet) throws SQLException {
        List<String> names = translation.parameterNames();
        Map<String, Object> map = new HashMap<>(); // HashMap: values may be null
        for (int i = 0; i < names.size(); i++) {
            if (!rowIsSet[i]) {
                throw SqlErrors.withState("No value specified for parameter " + (i + 1) + " ($" + names.get(i) + ")",
                        SqlErrors.PARAMETER_NOT_SET);
            }
            map.put(names.get(i), rowValues[i]);
        }
        return map;
    }

    private void set(int parameterIndex, Object value) throws SQLException {
        checkOpen();
        SqlErrors.checkIndex("Parameter", parameterIndex, values.length);
        values[parameterIndex - 1] = value;
        isSet[parameterIndex - 1] = true;
    }

    // ---- running --------------------------------------------------------------------------

    @Override
    public ResultSet executeQuery() throws SQLException {
        checkOpen();
        return run(translation.cypher(), parameterMap(values, isSet));
    }

    @Override
    public boolean execute() throws SQLException {
        checkOpen();
        return runForExecute(translation.cypher(), parameterMap(values, isSet));
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        checkOpen();
        return runForUpdate(translation.cypher(), parameterMap(values, isSet));
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        parameterMap(values, isSet); // a missing parameter fails here, not in the middle of the batch
        batch.add(values.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    /** Runs the statement once per added parameter set, in order (executeBatch comes here too). */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        boolean[] allSet = new boolean[values.length]; // addBatch checked every row was complete
        Arrays.fill(allSet, true);
        return runBatch(batch, row -> runForUpdate(translation.cypher(), parameterMap(row, allSet)));
    }

    /** Null: the columns are not known before the query runs (allowed by the JDBC spec). */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new KuzuParameterMetaData(translation.parameterNames());
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(values, null);
        Arrays.fill(isSet, false);
    }

    // ---- the Statement methods that take text do not apply to a prepared statement ------------------

    private SQLException textNotAllowed() throws SQLException {
        checkOpen();
        return SqlErrors.withState("This method cannot be called on a PreparedStatement", SqlErrors.GENERAL_ERROR);
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw textNotAllowed();
    }

    // ---- setters ------------------------------------------------------------------------------

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        set(parameterIndex, x == null ? null : x.clone());
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        set(parameterIndex, x == null ? null : x.toLocalDate());
    }

    /** The date as seen in the calendar's zone. */
    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setDate(parameterIndex, x);
            return;
        }
        set(parameterIndex, x.toInstant().atZone(cal.getTimeZone().toZoneId()).toLocalDate());
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("Kuzu has no TIME type; use setTimestamp or setString");
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        setTime(parameterIndex, x);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        set(parameterIndex, x == null ? null : x.toLocalDateTime());
    }

    /** The wall-clock time the instant has in the calendar's zone. */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setTimestamp(parameterIndex, x);
            return;
        }
        set(parameterIndex, x.toInstant().atZone(cal.getTimeZone().toZoneId()).toLocalDateTime());
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        set(parameterIndex, ParameterValues.normalize(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        set(parameterIndex, ParameterValues.convert(x, targetSqlType));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        setObject(parameterIndex, x, targetSqlType);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        setObject(parameterIndex, x, sqlTypeCode(targetSqlType));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        setObject(parameterIndex, x, sqlTypeCode(targetSqlType));
    }

    private static int sqlTypeCode(SQLType type) throws SQLException {
        if (type == null || type.getVendorTypeNumber() == null) {
            throw SqlErrors.notSupported("SQLType " + type + " is not supported");
        }
        return type.getVendorTypeNumber();
    }

    // ---- streams: read whole, values are small enough for memory -------------------------------------

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        setAsciiStream(parameterIndex, x, (long) length);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        byte[] bytes = readBytes(x, length);
        set(parameterIndex, bytes == null ? null : new String(bytes, StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        setAsciiStream(parameterIndex, x, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        byte[] bytes = readBytes(x, length);
        set(parameterIndex, bytes == null ? null : new String(bytes, StandardCharsets.UTF_16BE));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        setBinaryStream(parameterIndex, x, (long) length);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        set(parameterIndex, readBytes(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        setBinaryStream(parameterIndex, x, -1L);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        setCharacterStream(parameterIndex, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, readText(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1L);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        setCharacterStream(parameterIndex, value, length);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        setCharacterStream(parameterIndex, value, -1L);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1L);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1L);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        setBinaryStream(parameterIndex, inputStream, length);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        setBinaryStream(parameterIndex, inputStream, -1L);
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        set(parameterIndex, x == null ? null : x.getBytes(1, (int) x.length()));
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        set(parameterIndex, x == null ? null : x.getSubString(1, (int) x.length()));
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        setClob(parameterIndex, value);
    }

    /** All bytes, or the first {@code length} when length >= 0. */
    private static byte[] readBytes(InputStream in, long length) throws SQLException {
        if (in == null) {
            return null;
        }
        try {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw streamReadFailure(e);
        }
    }

    private static String readText(Reader reader, long length) throws SQLException {
        if (reader == null) {
            return null;
        }
        try {
            if (length < 0) {
                StringWriter out = new StringWriter();
                reader.transferTo(out);
                return out.toString();
            }
            char[] buffer = new char[(int) Math.min(length, Integer.MAX_VALUE)];
            int filled = 0;
            while (filled < buffer.length) {
                int n = reader.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
            return new String(buffer, 0, filled);
        } catch (IOException e) {
            throw streamReadFailure(e);
        }
    }

    private static SQLException streamReadFailure(IOException e) {
        return SqlErrors.withState("Cannot read the parameter stream: " + e.getMessage(), SqlErrors.GENERAL_ERROR, e);
    }

    // ---- types Kùzu does not have ----------------------------------------------------------------

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("REF values are not supported");
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        if (x == null) {
            set(parameterIndex, null);
            return;
        }
        set(parameterIndex, Arrays.asList((Object[]) x.getArray()));
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        set(parameterIndex, x == null ? null : x.toString());
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("ROWID values are not supported");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        checkOpen();
        throw SqlErrors.notSupported("SQLXML values are not supported");
    }

    @Override
    public String toString() {
        return "KuzuPreparedStatement[" + translation.cypher() + "]";
    }
}
