package io.kuzujvm.engine.export;

import io.kuzujvm.engine.vector.DataChunk;

/**
 * Writes query rows to a file of one format (COPY TO, EXPORT DATABASE). Opened with the
 * column names and types; {@link #close()} finishes the file.
 */
public interface RowWriter extends AutoCloseable {

    /** Appends the selected rows of a chunk. */
    void write(DataChunk chunk);

    @Override
    void close();
}
