package io.kuzujvm.engine.parquet;

import java.nio.ByteBuffer;

/**
 * Parquet's DELTA_BINARY_PACKED integers: a first value, then blocks of deltas, each block a
 * minimum delta and miniblocks of bit-packed offsets from it.
 */
final class DeltaBinaryPackedDecoder {

    private final ByteBuffer in;
    private final int valuesPerMiniblock;
    private final int miniblocksPerBlock;
    private final long totalCount;
    private long previous;
    private long returned;
    private long minDelta;
    private final int[] bitWidths;
    private int miniblock;
    private int leftInMiniblock;
    private long bitBuffer;
    private int bitsInBuffer;

    DeltaBinaryPackedDecoder(ByteBuffer in) {
        this.in = in;
        int blockSize = (int) Varint.read(in);
        miniblocksPerBlock = (int) Varint.read(in);
        valuesPerMiniblock = blockSize / miniblocksPerBlock;
        totalCount = Varint.read(in);
        previous = Varint.readZigzag(in);
        bitWidths = new int[miniblocksPerBlock];
        miniblock = miniblocksPerBlock;
    }

    /** Decodes {@code count} values and leaves the buffer after the encoded run. */
    static long[] readAll(ByteBuffer in, int count) {
        DeltaBinaryPackedDecoder decoder = new DeltaBinaryPackedDecoder(in);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = decoder.next();
        }
        decoder.skipToEnd();
        return values;
    }

    long next() {
        if (returned++ == 0) {
            return previous;
        }
        if (leftInMiniblock == 0) {
            startMiniblock();
        }
        leftInMiniblock--;
        previous += minDelta + readBits(bitWidths[miniblock]);
        return previous;
    }

    private void startMiniblock() {
        miniblock++;
        if (miniblock >= miniblocksPerBlock) {
            minDelta = Varint.readZigzag(in);
            for (int i = 0; i < miniblocksPerBlock; i++) {
                bitWidths[i] = in.get() & 0xff;
            }
            miniblock = 0;
        }
        leftInMiniblock = valuesPerMiniblock;
        bitBuffer = 0;
        bitsInBuffer = 0;
    }

    private long readBits(int width) {
        if (width == 0) {
            return 0;
        }
        long value = 0;
        int have = 0;
        while (have < width) {
            if (bitsInBuffer == 0) {
                bitBuffer = in.get() & 0xff;
                bitsInBuffer = 8;
            }
            int take = Math.min(width - have, bitsInBuffer);
            value |= (bitBuffer & ((1L << take) - 1)) << have;
            bitBuffer >>>= take;
            bitsInBuffer -= take;
            have += take;
        }
        return value;
    }

    /** Moves past the padding of the last miniblock read (a miniblock is always written whole). */
    private void skipToEnd() {
        if (returned <= 1 || totalCount <= 1) {
            return;
        }
        int width = bitWidths[miniblock];
        long bitsLeft = (long) leftInMiniblock * width - bitsInBuffer;
        // Unneeded miniblocks after it have a width byte but no body.
        in.position(in.position() + (int) ((bitsLeft + 7) / 8));
    }
}
