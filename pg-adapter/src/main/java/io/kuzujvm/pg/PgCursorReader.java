package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reads a query through a pgjdbc cursor (a fetch size in a transaction, so the rows stream)
 * and converts each value with {@link PgValueReader}. Serves SQL_QUERY and the columns that
 * binary COPY cannot decode.
 */
final class PgCursorReader implements PgRowSource {

    private final Connection connection;
    private final List<LogicalType> types;
    private final ResultSet resultSet;
    private boolean closed;

    /** Starts the query on a connection in a read-only transaction, which the reader then owns. */
    PgCursorReader(Connection connection, String sql, List<LogicalType> types) throws SQLException {
        this.connection = connection;
        this.types = List.copyOf(types);
        Statement statement = connection.createStatement();
        statement.setFetchSize(DataChunk.CAPACITY);
        this.resultSet = statement.executeQuery(sql);
    }

    @Override
    public DataChunk next() throws SQLException {
        if (closed) {
            return null;
        }
        DataChunk chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
        int row = 0;
        while (row < DataChunk.CAPACITY && resultSet.next()) {
            for (int c = 0; c < types.size(); c++) {
                PgValueReader.read(resultSet, c + 1, chunk.vector(c), row);
            }
            row++;
        }
        if (row < DataChunk.CAPACITY) {
            close();
        }
        if (row == 0) {
            return null;
        }
        chunk.setDense(row);
        return chunk;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            PgReadOnlyTransaction.end(connection);
        }
    }
}
