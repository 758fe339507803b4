package io.kuzujvm.jdbc;

import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * What connections, statements and result sets share: they are closed once, refuse use
 * afterwards with "... is closed", and carry a warning chain.
 */
abstract class KuzuResource extends KuzuWrapper {

    private volatile boolean closed; // volatile: a pool may ask isClosed() or abort() from another thread
    private SQLWarning warnings; // the driver reports no warnings yet; kept so the JDBC methods behave

    /** The name in the "... is closed" error: "Connection", "Statement", ... */
    abstract String kind();

    /** Marks this closed; false when it already was, so a close() does its work once. */
    final boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }

    public boolean isClosed() {
        return closed;
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.closed(kind());
        }
    }

    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }
}
