package io.kuzujvm.engine.parquet;

import java.nio.ByteBuffer;

/**
 * Parquet's RLE / bit-packed hybrid encoding of small integers: definition and repetition
 * levels, dictionary indices and booleans. Runs are either one repeated value or groups of
 * eight values packed least significant bit first.
 */
final class RleBitPackedDecoder {

    private final ByteBuffer in;
    private final int bitWidth;
    private int repeatCount;
    private int repeatValue;
    private int packedCount;
    private long bitBuffer;
    private int bitsInBuffer;

    RleBitPackedDecoder(ByteBuffer in, int bitWidth) {
        this.in = in;
        this.bitWidth = bitWidth;
    }

    int next() {
        if (repeatCount == 0 && packedCount == 0) {
            readRunHeader();
        }
        if (repeatCount > 0) {
            repeatCount--;
            return repeatValue;
        }
        packedCount--;
        while (bitsInBuffer < bitWidth) {
            bitBuffer |= (long) (in.get() & 0xff) << bitsInBuffer;
            bitsInBuffer += 8;
        }
        int value = (int) (bitBuffer & ((1L << bitWidth) - 1));
        bitBuffer >>>= bitWidth;
        bitsInBuffer -= bitWidth;
        return value;
    }

    void readInto(int[] out, int offset, int count) {
        for (int i = 0; i < count; i++) {
            out[offset + i] = next();
        }
    }

    private void readRunHeader() {
        int header = (int) Varint.read(in);
        if ((header & 1) == 0) {
            repeatCount = header >>> 1;
            int value = 0;
            for (int i = 0; i < (bitWidth + 7) / 8; i++) {
                value |= (in.get() & 0xff) << (8 * i);
            }
            repeatValue = value;
        } else {
            // Bit-packed groups start on a byte boundary.
            packedCount = (header >>> 1) * 8;
            bitBuffer = 0;
            bitsInBuffer = 0;
        }
    }

    /** The number of bits for values up to {@code max}. */
    static int bitWidth(int max) {
        return 32 - Integer.numberOfLeadingZeros(max);
    }
}
