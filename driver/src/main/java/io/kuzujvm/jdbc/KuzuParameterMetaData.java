package io.kuzujvm.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Parameter count and names of a prepared statement. Types are not known before the
 * planner binds the query, so every parameter reports {@link Types#OTHER} ("ANY");
 * Spring asks this when it sets nulls, and handles OTHER.
 */
public final class KuzuParameterMetaData extends KuzuWrapper implements ParameterMetaData {

    private final List<String> names;

    KuzuParameterMetaData(List<String> names) {
        this.names = List.copyOf(names);
    }

    private void check(int param) throws SQLException {
        SqlErrors.checkIndex("Parameter", param, names.size());
    }

    /** The Kùzu parameter name ({@code $name} without the dollar) behind a JDBC index. */
    public String getParameterName(int param) throws SQLException {
        check(param);
        return names.get(param - 1);
    }

    @Override
    public int getParameterCount() {
        return names.size();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        check(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        check(param);
        return false;
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getScale(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        check(param);
        return Types.OTHER;
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        check(param);
        return "ANY";
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        check(param);
        return Object.class.getName();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
        return parameterModeIn;
    }
}
