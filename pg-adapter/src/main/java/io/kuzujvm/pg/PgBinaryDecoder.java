package io.kuzujvm.pg;

import io.kuzujvm.engine.vector.ValueVector;

/** Turns one non-null field of PostgreSQL's binary send format into the value its Kùzu type holds. */
interface PgBinaryDecoder {

    /** The field as a Java object: Long, Double, Boolean, or the object a vector of the type holds. */
    Object decode(byte[] bytes, int offset, int length);

    /** Writes the field into a vector; decoders of primitive types override this to skip boxing. */
    default void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
        vector.setObject(row, decode(bytes, offset, length));
    }

    /** A decoder of a type that vectors keep in a long array. */
    interface OfLong extends PgBinaryDecoder {
        long decodeLong(byte[] bytes, int offset, int length);

        @Override
        default Object decode(byte[] bytes, int offset, int length) {
            return decodeLong(bytes, offset, length);
        }

        @Override
        default void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
            vector.setLong(row, decodeLong(bytes, offset, length));
        }
    }

    /** A decoder of a type that vectors keep in a double array. */
    interface OfDouble extends PgBinaryDecoder {
        double decodeDouble(byte[] bytes, int offset, int length);

        @Override
        default Object decode(byte[] bytes, int offset, int length) {
            return decodeDouble(bytes, offset, length);
        }

        @Override
        default void decodeInto(byte[] bytes, int offset, int length, ValueVector vector, int row) {
            vector.setDouble(row, decodeDouble(bytes, offset, length));
        }
    }
}
