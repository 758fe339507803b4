package io.kuzujvm.pg;

import io.kuzujvm.engine.vector.DataChunk;

import java.sql.SQLException;

/** The rows of a scan as they arrive from PostgreSQL; it owns its connections until closed. */
interface PgRowSource extends AutoCloseable {

    /** The next chunk, or null at the end (the source has then released its connections). */
    DataChunk next() throws SQLException;

    @Override
    void close();
}
