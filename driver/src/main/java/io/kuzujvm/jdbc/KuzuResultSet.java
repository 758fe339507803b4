package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A forward-only, read-only result set over a {@link RowCursor}. All getters read the
 * current row's engine value through {@link #value} and convert it with
 * {@link ValueConversions}, whatever the cursor's source.
 */
public final class KuzuResultSet extends ReadOnlyResultSet {

    private final KuzuStatement statement; // null for database metadata results
    private final RowCursor cursor;
    private final List<String> names;
    private final List<LogicalType> types;
    private final long maxRows;
    private long row; // 1-based number of the current row; 0 before the first
    private boolean afterLast;
    private boolean wasNull;
    private int fetchSize;

    KuzuResultSet(KuzuStatement statement, RowCursor cursor, long maxRows) {
        this.statement = statement;
        this.cursor = cursor;
        this.names = cursor.columnNames();
        this.types = cursor.columnTypes();
        this.maxRows = maxRows;
    }

    /** A result set over rows held in memory; values as the engine holds them (Long for all integers). */
    static KuzuResultSet ofRows(List<String> names, List<LogicalType> types, List<Object[]> rows) {
        return new KuzuResultSet(null, new InMemoryRowCursor(names, types, rows), 0);
    }

    List<LogicalType> columnTypes() {
        return types;
    }

    // ---- moving -------------------------------------------------------------------

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        boolean hasRow;
        if (maxRows > 0 && row >= maxRows) {
            hasRow = false;
        } else {
            try {
                hasRow = cursor.next();
            } catch (RuntimeException e) {
                throw SqlErrors.fromEngine(e);
            }
        }
        if (hasRow) {
            row++;
            return true;
        }
        afterLast = true;
        closeCursor(); // frees the plan early; the result set itself stays open until close()
        return false;
    }

    @Override
    public void close() throws SQLException {
        if (!markClosed()) {
            return;
        }
        closeCursor();
        if (statement != null) {
            statement.resultSetClosed(this);
        }
    }

    private void closeCursor() throws SQLException {
        try {
            cursor.close();
        } catch (RuntimeException e) {
            throw SqlErrors.fromEngine(e);
        }
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        if (row != 0 || afterLast) {
            return false;
        }
        try {
            return cursor.hasAnyRow();
        } catch (RuntimeException e) {
            throw SqlErrors.fromEngine(e);
        }
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && row > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return row == 1 && !afterLast;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        if (row == 0 || afterLast) {
            return false;
        }
        if (maxRows > 0 && row == maxRows) {
            return true;
        }
        Boolean last = cursor.isLastIfKnown();
        if (last == null) {
            throw SqlErrors.notSupported("isLast() would read ahead in a forward-only result set");
        }
        return last;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return afterLast ? 0 : (int) Math.min(row, Integer.MAX_VALUE);
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int rowNumber) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    private SQLException forwardOnly() throws SQLException {
        checkOpen();
        return SqlErrors.withState("Result set is forward-only (TYPE_FORWARD_ONLY)", SqlErrors.GENERAL_ERROR);
    }

    // ---- the current value ----------------------------------------------------------

    /** The engine value of a 1-based column in the current row; records wasNull. */
    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        SqlErrors.checkIndex("Column", columnIndex, names.size());
        if (row == 0 || afterLast) {
            throw SqlErrors.withState("No current row: call next() first" + (afterLast ? " (after the last row)" : ""),
                    SqlErrors.INVALID_CURSOR_STATE);
        }
        Object value;
        try {
            value = cursor.value(columnIndex - 1);
        } catch (RuntimeException e) {
            throw SqlErrors.fromEngine(e);
        }
        wasNull = value == null;
        return value;
    }

    private LogicalType type(int columnIndex) {
        return types.get(columnIndex - 1);
    }

    /** Converts an engine value (never null) given its column type. */
    private interface Conversion<R> {
        R apply(Object value, LogicalType type) throws SQLException;
    }

    /** The current value of a column converted, or null for SQL NULL: the getters that return objects. */
    private <R> R convert(int columnIndex, Conversion<R> conversion) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : conversion.apply(value, type(columnIndex));
    }

    @Override
    String kind() {
        return "ResultSet";
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(columnLabel)) {
                return i + 1;
            }
        }
        throw SqlErrors.withState("Column '" + columnLabel + "' not found; columns are " + names,
                SqlErrors.INVALID_DESCRIPTOR_INDEX);
    }

    // ---- getters by index -------------------------------------------------------------

    @Override
    public String getString(int columnIndex) throws SQLException {
        return convert(columnIndex, ValueConversions::toText);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value != null && ValueConversions.toBoolean(value, type(columnIndex));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return (byte) integer(columnIndex, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return (short) integer(columnIndex, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return (int) integer(columnIndex, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return integer(columnIndex, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
    }

    private long integer(int columnIndex, long min, long max, String target) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : ValueConversions.toLong(value, type(columnIndex), min, max, target);
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        if (value == null) {
            return 0;
        }
        double d = ValueConversions.toDouble(value, type(columnIndex), "REAL");
        if (!Double.isInfinite(d) && !Double.isNaN(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw ValueConversions.outOfRange(value, type(columnIndex), "REAL");
        }
        return (float) d;
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : ValueConversions.toDouble(value, type(columnIndex), "DOUBLE");
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return convert(columnIndex, ValueConversions::toBigDecimal);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(columnIndex);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        return convert(columnIndex, ValueConversions::toBytes);
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return getDate(columnIndex, null);
    }

    /** Without a calendar, the date as it is; with one, midnight in the calendar's zone (as the JDBC spec describes). */
    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        return convert(columnIndex, (value, type) -> {
            LocalDate date = ValueConversions.toLocalDate(value, type);
            return cal == null ? Date.valueOf(date)
                    : new Date(date.atStartOfDay(cal.getTimeZone().toZoneId()).toInstant().toEpochMilli());
        });
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return getTime(columnIndex, null);
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        return convert(columnIndex, (value, type) -> {
            LocalTime time = ValueConversions.toLocalTime(value, type);
            return cal == null ? Time.valueOf(time) : new Time(
                    time.atDate(LocalDate.EPOCH).atZone(cal.getTimeZone().toZoneId()).toInstant().toEpochMilli());
        });
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return getTimestamp(columnIndex, null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        return convert(columnIndex, (value, type) -> {
            LocalDateTime dateTime = ValueConversions.toLocalDateTime(value, type);
            return cal == null ? Timestamp.valueOf(dateTime)
                    : Timestamp.from(dateTime.atZone(cal.getTimeZone().toZoneId()).toInstant());
        });
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return convert(columnIndex, ValueConversions::toJdbcObject);
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        if (map == null || map.isEmpty()) {
            return getObject(columnIndex);
        }
        throw SqlErrors.notSupported("User-defined type maps are not supported");
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlErrors.withState("Target class is null", SqlErrors.INVALID_PARAMETER_VALUE);
        }
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        LogicalType columnType = type(columnIndex);
        Object converted;
        if (type == String.class) {
            converted = ValueConversions.toText(value, columnType);
        } else if (type == Long.class) {
            converted = getLong(columnIndex);
        } else if (type == Integer.class) {
            converted = getInt(columnIndex);
        } else if (type == Short.class) {
            converted = getShort(columnIndex);
        } else if (type == Byte.class) {
            converted = getByte(columnIndex);
        } else if (type == Double.class) {
            converted = getDouble(columnIndex);
        } else if (type == Float.class) {
            converted = getFloat(columnIndex);
        } else if (type == Boolean.class) {
            converted = getBoolean(columnIndex);
        } else if (type == BigDecimal.class) {
            converted = ValueConversions.toBigDecimal(value, columnType);
        } else if (type == BigInteger.class) {
            converted = ValueConversions.toBigDecimal(value, columnType).toBigInteger();
        } else if (type == LocalDate.class) {
            converted = ValueConversions.toLocalDate(value, columnType);
        } else if (type == LocalDateTime.class) {
            converted = ValueConversions.toLocalDateTime(value, columnType);
        } else if (type == LocalTime.class) {
            converted = ValueConversions.toLocalTime(value, columnType);
        } else if (type == OffsetDateTime.class) {
            converted = ValueConversions.toOffsetDateTime(value, columnType);
        } else if (type == Instant.class) {
            converted = ValueConversions.toOffsetDateTime(value, columnType).toInstant();
        } else if (type == Date.class) {
            converted = getDate(columnIndex);
        } else if (type == Time.class) {
            converted = getTime(columnIndex);
        } else if (type == Timestamp.class) {
            converted = getTimestamp(columnIndex);
        } else if (type == UUID.class) {
            converted = ValueConversions.toUuid(value, columnType);
        } else if (type == byte[].class) {
            converted = ValueConversions.toBytes(value, columnType);
        } else {
            converted = ValueConversions.toJdbcObject(value, columnType);
            if (!type.isInstance(converted)) {
                throw ValueConversions.cannotConvert(value, columnType, type.getName());
            }
        }
        return type.cast(converted);
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("REF values are not supported");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("getBlob is not supported; use getBytes");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("getClob is not supported; use getString");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("getNClob is not supported; use getString");
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("getArray is not supported yet; use getObject or getString");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("getURL is not supported; use getString");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("ROWID values are not supported");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw SqlErrors.notSupported("SQLXML values are not supported");
    }

    // ---- getters by label ---------------------------------------------------------------

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel), cal);
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel), cal);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel), cal);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        return getRef(findColumn(columnLabel));
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        return getNClob(findColumn(columnLabel));
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        return getRowId(findColumn(columnLabel));
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        return getSQLXML(findColumn(columnLabel));
    }

    // ---- the result set itself ------------------------------------------------------------

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new KuzuResultSetMetaData(names, types);
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlErrors.notSupported("Named cursors are not supported");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw SqlErrors.withState("Result set is forward-only: only FETCH_FORWARD is allowed", SqlErrors.GENERAL_ERROR);
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    /** A hint only: rows arrive a chunk (up to 2048 rows) at a time whatever the fetch size. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        SqlErrors.checkNotNegative("Fetch size", rows);
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public String toString() {
        return "KuzuResultSet" + names;
    }
}
