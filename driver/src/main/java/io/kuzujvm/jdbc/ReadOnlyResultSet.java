package io.kuzujvm.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The part of {@link ResultSet} that changes data through a result set. Kùzu result
 * sets are read-only (CONCUR_READ_ONLY), so every such method rejects the call; keeping
 * them here leaves {@link KuzuResultSet} about reading.
 */
abstract class ReadOnlyResultSet extends KuzuResource implements ResultSet {

    static java.sql.SQLFeatureNotSupportedException readOnly() {
        return SqlErrors.notSupported("Result sets are read-only (CONCUR_READ_ONLY); change data with Cypher statements");
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        return false;
    }

    @Override
    public boolean rowInserted() throws SQLException {
        return false;
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        return false;
    }

    @Override
    public void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(int columnIndex, byte x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(String columnLabel, byte x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(int columnIndex, short x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(String columnLabel, short x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(int columnIndex, int x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(String columnLabel, int x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(int columnIndex, long x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(String columnLabel, long x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(int columnIndex, float x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(String columnLabel, float x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(int columnIndex, double x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(String columnLabel, double x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(int columnIndex, java.math.BigDecimal x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(String columnLabel, java.math.BigDecimal x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(int columnIndex, String x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(String columnLabel, String x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(int columnIndex, java.sql.Date x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(String columnLabel, java.sql.Date x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(int columnIndex, java.sql.Time x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(String columnLabel, java.sql.Time x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(int columnIndex, java.sql.Timestamp x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(String columnLabel, java.sql.Timestamp x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int columnIndex, Object x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String columnLabel, Object x0, int x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int columnIndex, Object x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String columnLabel, Object x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(int columnIndex, java.sql.Ref x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(String columnLabel, java.sql.Ref x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, java.sql.Blob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, java.sql.Blob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, java.io.InputStream x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, java.io.InputStream x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, java.sql.Clob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, java.sql.Clob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, java.sql.NClob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, java.sql.NClob x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, java.io.Reader x0, long x1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, java.io.Reader x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(int columnIndex, java.sql.Array x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(String columnLabel, java.sql.Array x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(int columnIndex, java.sql.RowId x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(String columnLabel, java.sql.RowId x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(int columnIndex, String x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(String columnLabel, String x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(int columnIndex, java.sql.SQLXML x0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(String columnLabel, java.sql.SQLXML x0) throws SQLException {
        throw readOnly();
    }
}
