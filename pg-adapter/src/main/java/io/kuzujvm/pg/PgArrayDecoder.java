package io.kuzujvm.pg;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's binary array (ndim, has-nulls flag, element oid, then size and lower bound per
 * dimension, then the elements in row-major order) as a LIST; each further dimension nests a
 * LIST, as the cursor path reads multi-dimensional arrays.
 */
final class PgArrayDecoder implements PgBinaryDecoder {

    private static final int HEADER = 12;
    private static final int BYTES_PER_DIMENSION = 8;

    private final PgBinaryDecoder elementDecoder;

    PgArrayDecoder(PgBinaryDecoder elementDecoder) {
        this.elementDecoder = elementDecoder;
    }

    @Override
    public Object decode(byte[] bytes, int offset, int length) {
        int dimensions = BigEndian.readInt(bytes, offset);
        if (dimensions == 0) {
            return new ArrayList<>(0);
        }
        int[] sizes = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            sizes[d] = BigEndian.readInt(bytes, offset + HEADER + d * BYTES_PER_DIMENSION);
        }
        int[] position = {offset + HEADER + dimensions * BYTES_PER_DIMENSION};
        return dimension(bytes, position, sizes, 0);
    }

    /** The elements of one dimension; {@code position} is the offset of the next element, advanced as read. */
    private List<Object> dimension(byte[] bytes, int[] position, int[] sizes, int depth) {
        List<Object> values = new ArrayList<>(sizes[depth]);
        for (int i = 0; i < sizes[depth]; i++) {
            if (depth + 1 < sizes.length) {
                values.add(dimension(bytes, position, sizes, depth + 1));
                continue;
            }
            int length = BigEndian.readInt(bytes, position[0]);
            position[0] += 4;
            if (length < 0) {
                values.add(null);
            } else {
                values.add(elementDecoder.decode(bytes, position[0], length));
                position[0] += length;
            }
        }
        return values;
    }
}
