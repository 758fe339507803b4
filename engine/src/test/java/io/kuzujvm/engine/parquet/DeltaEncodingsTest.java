package io.kuzujvm.engine.parquet;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The delta encodings, on byte sequences worked out by hand from the Parquet specification. */
class DeltaEncodingsTest {

    /** Header: 128 values a block, 4 miniblocks, the count and the first value (zigzag). */
    private static ByteArrayOutputStream header(int count, int firstZigzag) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x80, 0x01, 0x04, (byte) count, (byte) firstZigzag});
        return out;
    }

    /** One block: the minimum delta (zigzag), the miniblock widths, the first miniblock's 32 values. */
    private static void block(ByteArrayOutputStream out, int minDeltaZigzag, int width, int... packed) {
        out.write(minDeltaZigzag);
        out.writeBytes(new byte[] {(byte) width, 0, 0, 0});
        byte[] miniblock = new byte[32 * width / 8];
        for (int i = 0; i < packed.length; i++) {
            miniblock[i] = (byte) packed[i];
        }
        out.writeBytes(miniblock);
    }

    private static List<Object> decode(int encoding, int physicalType, byte[] bytes, int count) {
        Object[] values = new Object[count];
        ByteBuffer in = ByteBuffer.wrap(bytes);
        ValueDecoder.decode(encoding, in, physicalType, 0, null, values, 0, count);
        assertEquals(bytes.length, in.position(), "the whole run is read");
        return Arrays.stream(values).map(v -> v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v)
                .toList();
    }

    @Test
    void binaryPackedIntegers() {
        ByteArrayOutputStream same = header(5, 2);
        block(same, 2, 0);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L),
                decode(ParquetConstants.DELTA_BINARY_PACKED, ParquetConstants.INT64, same.toByteArray(), 5));
        // 7 5 3 1 2 3 4 5: deltas -2 -2 -2 1 1 1 1, minimum -2, offsets 0 0 0 3 3 3 3 in 2 bits.
        ByteArrayOutputStream mixed = header(8, 14);
        block(mixed, 3, 2, 0xC0, 0x3F);
        assertEquals(List.of(7L, 5L, 3L, 1L, 2L, 3L, 4L, 5L),
                decode(ParquetConstants.DELTA_BINARY_PACKED, ParquetConstants.INT32, mixed.toByteArray(), 8));
    }

    @Test
    void lengthsThenBytes() {
        // Lengths 5 5 6 6: deltas 0 1 0 in 1 bit.
        ByteArrayOutputStream out = header(4, 10);
        block(out, 0, 1, 0x02);
        out.writeBytes("HelloWorldFoobarABCDEF".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Hello", "World", "Foobar", "ABCDEF"),
                decode(ParquetConstants.DELTA_LENGTH_BYTE_ARRAY, ParquetConstants.BYTE_ARRAY, out.toByteArray(), 4));
    }

    @Test
    void sharedPrefixesAndSuffixes() {
        // Prefix lengths 0 2 0 3 (offsets 4 0 5 from -2 in 3 bits), suffix lengths 4 2 6 5 (0 6 1 from -2).
        ByteArrayOutputStream out = header(4, 0);
        block(out, 3, 3, 0x44, 0x01);
        out.writeBytes(header(4, 8).toByteArray());
        block(out, 3, 3, 0x70);
        out.writeBytes("axislebabbleyhood".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("axis", "axle", "babble", "babyhood"),
                decode(ParquetConstants.DELTA_BYTE_ARRAY, ParquetConstants.BYTE_ARRAY, out.toByteArray(), 4));
    }
}
