package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/** Column names and types of a result, mapped to JDBC by {@link JdbcTypeMapping}. */
public final class KuzuResultSetMetaData implements ResultSetMetaData {

    private final List<String> names;
    private final List<LogicalType> types;

    KuzuResultSetMetaData(List<String> names, List<LogicalType> types) {
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
    }

    private LogicalType type(int column) throws SQLException {
        check(column);
        return types.get(column - 1);
    }

    private void check(int column) throws SQLException {
        if (column < 1 || column > names.size()) {
            throw SqlErrors.withState("Column index " + column + " is out of range (1.." + names.size() + ")",
                    SqlErrors.INVALID_DESCRIPTOR_INDEX);
        }
    }

    @Override
    public int getColumnCount() {
        return names.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        return type(column).id() == TypeId.SERIAL;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return JdbcTypeMapping.isCaseSensitive(type(column));
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        check(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        check(column);
        return false;
    }

    /** Unknown: a result column carries no NOT NULL information. */
    @Override
    public int isNullable(int column) throws SQLException {
        check(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypeMapping.isSigned(type(column));
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypeMapping.displaySize(type(column));
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        check(column);
        return names.get(column - 1);
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return getColumnLabel(column);
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        check(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return JdbcTypeMapping.precision(type(column));
    }

    @Override
    public int getScale(int column) throws SQLException {
        return JdbcTypeMapping.scale(type(column));
    }

    @Override
    public String getTableName(int column) throws SQLException {
        check(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        check(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return JdbcTypeMapping.sqlType(type(column));
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return JdbcTypeMapping.typeName(type(column));
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        check(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        check(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        check(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypeMapping.className(type(column));
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw SqlErrors.unwrapFailure(iface, this);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
