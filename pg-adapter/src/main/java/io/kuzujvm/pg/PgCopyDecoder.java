package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;
import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the rows of a {@code COPY ... TO STDOUT (FORMAT binary)} straight into chunks:
 * after an 11-byte signature, flags and a header extension, each row is a field count and
 * per field a length (-1 for null) and the type's binary send form; a field count of -1 ends
 * the data.
 */
final class PgCopyDecoder {

    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    /** Where decoded chunks go; false when the scan no longer wants any. */
    interface ChunkSink {
        boolean accept(DataChunk chunk);
    }

    private final List<PgBinaryDecoder> decoders;
    private final List<LogicalType> types;

    PgCopyDecoder(List<PgBinaryDecoder> decoders, List<LogicalType> types) {
        this.decoders = List.copyOf(decoders);
        this.types = List.copyOf(types);
    }

    /** Reads a COPY to its end, or until the sink declines a chunk; false in that case. */
    boolean decode(CopyOut copy, ChunkSink sink) throws SQLException {
        PgCopyStream in = new PgCopyStream(copy);
        readHeader(in);
        PgBinaryDecoder[] columns = decoders.toArray(PgBinaryDecoder[]::new);
        DataChunk chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
        int row = 0;
        while (true) {
            short fields = in.readShort();
            if (fields == -1) {
                in.finish();
                break;
            }
            if (fields != columns.length) {
                throw new KuzuException(KuzuException.Kind.RUNTIME, "PostgreSQL sent " + fields
                        + " columns in a row of binary COPY, expected " + columns.length + ".");
            }
            for (int c = 0; c < columns.length; c++) {
                int length = in.readInt();
                ValueVector vector = chunk.vector(c);
                if (length < 0) {
                    vector.setNull(row, true);
                } else {
                    in.require(length);
                    columns[c].decodeInto(in.buffer(), in.position(), length, vector, row);
                    in.skip(length);
                }
            }
            if (++row == DataChunk.CAPACITY) {
                chunk.setDense(row);
                if (!sink.accept(chunk)) {
                    return false;
                }
                chunk = DataChunk.allocate(types, DataChunk.CAPACITY);
                row = 0;
            }
        }
        if (row > 0) {
            chunk.setDense(row);
            return sink.accept(chunk);
        }
        return true;
    }

    private static void readHeader(PgCopyStream in) throws SQLException {
        in.require(SIGNATURE.length);
        if (!Arrays.equals(in.buffer(), in.position(), in.position() + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "PostgreSQL's COPY output is not in binary format.");
        }
        in.skip(SIGNATURE.length);
        in.readInt(); // flags: bit 16 (OIDs included) is never set for COPY (SELECT ...)
        int extension = in.readInt();
        in.require(extension);
        in.skip(extension);
    }
}
