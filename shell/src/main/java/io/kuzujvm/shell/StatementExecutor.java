package io.kuzujvm.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one statement through a JDBC {@link Statement} and reads its whole result. */
public final class StatementExecutor {

    private final Connection connection;

    public StatementExecutor(Connection connection) {
        this.connection = connection;
    }

    public StatementOutcome execute(String statementText) {
        try (Statement statement = connection.createStatement()) {
            if (statement.execute(statementText)) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    return new StatementOutcome.Rows(ResultTable.read(resultSet));
                }
            }
            return new StatementOutcome.Updated(statement.getUpdateCount());
        } catch (SQLException e) {
            return new StatementOutcome.Failed(messageOf(e));
        } catch (RuntimeException e) {
            // A driver bug must not end the session; show it like an error.
            return new StatementOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static String messageOf(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
