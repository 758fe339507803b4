package io.kuzujvm.engine.parquet;

import java.io.ByteArrayOutputStream;
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

    static void write(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }
}
