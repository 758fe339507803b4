package io.kuzujvm.pg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reads PostgreSQL's network-order (big-endian) integers out of a byte array. */
final class BigEndian {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private BigEndian() {
    }

    static short readShort(byte[] bytes, int offset) {
        return (short) SHORT.get(bytes, offset);
    }

    static int readInt(byte[] bytes, int offset) {
        return (int) INT.get(bytes, offset);
    }

    static long readLong(byte[] bytes, int offset) {
        return (long) LONG.get(bytes, offset);
    }
}
