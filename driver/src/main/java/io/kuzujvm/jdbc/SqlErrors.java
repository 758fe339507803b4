package io.kuzujvm.jdbc;

import io.kuzujvm.engine.common.KuzuException;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

/**
 * The one place that turns failures into {@link SQLException}s. The subclass follows the
 * SQLState class, because Spring and other tools translate errors by it.
 */
final class SqlErrors {

    /** SQLState for an engine failure that is not a {@link KuzuException} (a bug, most likely). */
    static final String INTERNAL_ERROR = "XX000";
    static final String CONNECTION_DOES_NOT_EXIST = "08003";
    static final String UNABLE_TO_CONNECT = "08001";
    static final String FEATURE_NOT_SUPPORTED = "0A000";
    static final String INVALID_CURSOR_STATE = "24000";
    static final String INVALID_DESCRIPTOR_INDEX = "07009";
    static final String PARAMETER_NOT_SET = "07001";
    static final String DATA_EXCEPTION = "22000";
    static final String NUMERIC_OUT_OF_RANGE = "22003";
    static final String INVALID_CHARACTER_VALUE = "22018";
    static final String INVALID_PARAMETER_VALUE = "22023";
    static final String GENERAL_ERROR = "HY000";

    private SqlErrors() {
    }

    /** Maps anything thrown by the planner or engine. */
    static SQLException fromEngine(RuntimeException e) {
        if (e instanceof KuzuException kuzu) {
            return withState(kuzu.getMessage(), kuzu.sqlState(), kuzu);
        }
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return withState("Internal error in the Kuzu engine: " + detail, INTERNAL_ERROR, e);
    }

    /** A SQLException of the subclass that the SQLState's class calls for. */
    static SQLException withState(String message, String sqlState, Throwable cause) {
        String stateClass = sqlState == null || sqlState.length() < 2 ? "" : sqlState.substring(0, 2);
        SQLException error = switch (stateClass) {
            case "42" -> new SQLSyntaxErrorException(message, sqlState);
            case "23" -> new SQLIntegrityConstraintViolationException(message, sqlState);
            case "08" -> new SQLNonTransientConnectionException(message, sqlState);
            case "0A" -> new SQLFeatureNotSupportedException(message, sqlState);
            case "22" -> new SQLDataException(message, sqlState);
            default -> new SQLException(message, sqlState);
        };
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }

    static SQLException withState(String message, String sqlState) {
        return withState(message, sqlState, null);
    }

    static SQLFeatureNotSupportedException notSupported(String message) {
        return new SQLFeatureNotSupportedException(message, FEATURE_NOT_SUPPORTED);
    }

    /** "Connection is closed" and so on; connections use 08003 as the spec's state for that. */
    static SQLException closed(String what) {
        String state = what.equals("Connection") ? CONNECTION_DOES_NOT_EXIST : GENERAL_ERROR;
        return withState(what + " is closed", state);
    }

    static SQLDataException dataError(String message, String sqlState) {
        return (SQLDataException) withState(message, sqlState);
    }

    /** Fails unless a 1-based column or parameter index lies in 1..count; {@code what} is "Column" or "Parameter". */
    static void checkIndex(String what, int index, int count) throws SQLException {
        if (index < 1 || index > count) {
            throw withState(what + " index " + index + " is out of range (1.." + count + ")", INVALID_DESCRIPTOR_INDEX);
        }
    }

    /** Fails on a negative size, limit or timeout; {@code what} starts the message ("Fetch size"). */
    static void checkNotNegative(String what, long value) throws SQLException {
        if (value < 0) {
            throw withState(what + " must be >= 0, was " + value, INVALID_PARAMETER_VALUE);
        }
    }

    static SQLException unwrapFailure(Class<?> iface, Object wrapper) {
        return withState(wrapper.getClass().getSimpleName() + " does not wrap " + iface.getName(), GENERAL_ERROR);
    }
}
