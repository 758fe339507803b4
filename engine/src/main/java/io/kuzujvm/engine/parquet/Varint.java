package io.kuzujvm.engine.parquet;

import java.nio.ByteBuffer;

/** Unsigned LEB128 varints and zigzag, used by Thrift, the RLE hybrid and the delta encodings. */
final class Varint {

    private Varint() {
    }

    static long read(ByteBuffer in) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    static long readZigzag(ByteBuffer in) {
        long n = read(in);
        return (n >>> 1) ^ -(n & 1);
    }
}
