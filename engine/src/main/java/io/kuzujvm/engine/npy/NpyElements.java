package io.kuzujvm.engine.npy;

import io.kuzujvm.engine.types.LogicalType;

import java.math.BigInteger;
import java.nio.ByteBuffer;

/** Reads one little-endian NumPy element as the engine's value of its Kùzu type. */
final class NpyElements {

    private NpyElements() {
    }

    static Object read(ByteBuffer bytes, LogicalType type) {
        return switch (type.id()) {
            case DOUBLE -> bytes.getDouble();
            case FLOAT -> (double) bytes.getFloat();
            case INT64 -> bytes.getLong();
            case INT32 -> (long) bytes.getInt();
            case INT16 -> (long) bytes.getShort();
            case INT8 -> (long) bytes.get();
            case UINT64 -> new BigInteger(Long.toUnsignedString(bytes.getLong()));
            case UINT32 -> bytes.getInt() & 0xffff_ffffL;
            case UINT16 -> bytes.getShort() & 0xffffL;
            case UINT8 -> bytes.get() & 0xffL;
            default -> bytes.get() != 0;
        };
    }
}
