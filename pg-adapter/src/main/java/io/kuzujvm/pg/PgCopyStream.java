package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.postgresql.copy.CopyOut;

import java.sql.SQLException;

/**
 * The bytes of a {@code COPY ... TO STDOUT}, read message by message from pgjdbc. PostgreSQL
 * sends one message per row, so a field almost always lies in the current message; {@link
 * #require} joins messages only when one does not.
 */
final class PgCopyStream {

    private final CopyOut copy;
    private byte[] buffer = new byte[0];
    private int position;

    PgCopyStream(CopyOut copy) {
        this.copy = copy;
    }

    /** Makes the next {@code count} bytes readable from {@link #buffer()} at {@link #position()}. */
    void require(int count) throws SQLException {
        while (buffer.length - position < count) {
            byte[] message = copy.readFromCopy();
            if (message == null) {
                throw new KuzuException(KuzuException.Kind.RUNTIME, "PostgreSQL's binary COPY ended in the middle of a row.");
            }
            if (position == buffer.length) {
                buffer = message;
            } else {
                byte[] joined = new byte[buffer.length - position + message.length];
                System.arraycopy(buffer, position, joined, 0, buffer.length - position);
                System.arraycopy(message, 0, joined, buffer.length - position, message.length);
                buffer = joined;
            }
            position = 0;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int position() {
        return position;
    }

    void skip(int count) {
        position += count;
    }

    short readShort() throws SQLException {
        require(2);
        short value = BigEndian.readShort(buffer, position);
        position += 2;
        return value;
    }

    int readInt() throws SQLException {
        require(4);
        int value = BigEndian.readInt(buffer, position);
        position += 4;
        return value;
    }

    /** Reads to the end of the COPY (after the trailer), which returns the connection to its transaction. */
    void finish() throws SQLException {
        byte[] message;
        do {
            message = copy.readFromCopy();
        } while (message != null);
    }
}
