package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs one SQL query in PostgreSQL and streams its rows into chunks. The query runs in
 * a READ ONLY transaction with a cursor (autocommit off, a fetch size), so a large
 * table never sits in memory as a whole.
 */
final class PgScanOperator implements PhysicalOperator {

    private final DataSource dataSource;
    private final String sql;
    private final List<LogicalType> types;
    private Connection connection;
    private Statement statement;
    private ResultSet resultSet;
    private boolean exhausted;

    PgScanOperator(DataSource dataSource, String sql, List<LogicalType> types) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.types = List.copyOf(types);
    }

    @Override
    public DataChunk next() {
        if (exhausted) {
            return null;
        }
        try {
            if (resultSet == null) {
                open();
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
                exhausted = true;
                close();
            }
            if (row == 0) {
                return null;
            }
            chunk.setDense(row);
            return chunk;
        } catch (SQLException e) {
            close();
            throw new KuzuException(KuzuException.Kind.RUNTIME,
                    "Failed to scan PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void open() throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        statement = connection.createStatement();
        statement.setFetchSize(DataChunk.CAPACITY);
        resultSet = statement.executeQuery(sql);
    }

    @Override
    public List<LogicalType> outputTypes() {
        return types;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public String describe() {
        return "PostgresScan(sql=" + sql + ")";
    }

    @Override
    public void close() {
        exhausted = true;
        try {
            if (connection != null) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            // The scan is over; a failure to end its read-only transaction loses nothing.
        } finally {
            connection = null;
            statement = null;
            resultSet = null;
        }
    }
}
