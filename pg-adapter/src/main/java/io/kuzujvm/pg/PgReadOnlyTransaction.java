package io.kuzujvm.pg;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Opens connections whose statements run in one READ ONLY, REPEATABLE READ transaction, so a
 * scan sees one snapshot; with a snapshot id, the transaction adopts a snapshot another
 * connection exported, so that parallel readers all see the same rows.
 */
final class PgReadOnlyTransaction {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");

    private PgReadOnlyTransaction() {
    }

    static Connection begin(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            // pgjdbc starts the transaction with BEGIN READ ONLY before the first statement.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    static Connection beginWithSnapshot(DataSource dataSource, String snapshotId) throws SQLException {
        if (!SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL snapshot id: " + snapshotId);
        }
        Connection connection = begin(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshotId + "'");
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Ends the transaction (nothing to keep: it only read) and closes the connection, ignoring failures. */
    static void end(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // A connection broken by a cancelled COPY cannot roll back; closing it ends the transaction.
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing left to release.
            }
        }
    }
}
