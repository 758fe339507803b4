package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** PostgreSQL errors as libpq (and so Kùzu) prints them: severity, message, and the line with a caret. */
final class PgErrors {

    private PgErrors() {
    }

    static String libpqStyle(PSQLException error, String sql) {
        ServerErrorMessage server = error.getServerErrorMessage();
        if (server == null) {
            return error.getMessage();
        }
        StringBuilder text = new StringBuilder(server.getSeverity()).append(":  ").append(server.getMessage());
        int position = server.getPosition();
        if (position > 0 && position <= sql.length() + 1) {
            int lineStart = sql.lastIndexOf('\n', position - 2) + 1;
            int lineEnd = sql.indexOf('\n', lineStart);
            String line = sql.substring(lineStart, lineEnd < 0 ? sql.length() : lineEnd);
            int lineNumber = (int) sql.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
            String prefix = "LINE " + lineNumber + ": ";
            text.append('\n').append(prefix).append(line).append('\n')
                    .append(" ".repeat(prefix.length() + position - 1 - lineStart)).append('^');
        }
        return text.toString();
    }

    /** A failure while a scan reads rows, as the user sees it (PostgreSQL's message; pgjdbc never includes the password). */
    static KuzuException scanFailure(Throwable error) {
        if (error instanceof KuzuException kuzu) {
            return kuzu;
        }
        return new KuzuException(KuzuException.Kind.RUNTIME, "Failed to scan PostgreSQL: " + error.getMessage(), error);
    }
}
