package io.kuzujvm.engine.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Encodes a data page (v1) body: length-prefixed RLE repetition and definition levels, then PLAIN values. */
final class PageEncoder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PageEncoder() {
    }

    static byte[] encode(LeafBuffer buffer, int maxRep, int maxDef, int physicalType) {
        PageEncoder encoder = new PageEncoder();
        if (maxRep > 0) {
            encoder.levels(buffer.reps(), buffer.size(), maxRep);
        }
        if (maxDef > 0) {
            encoder.levels(buffer.defs(), buffer.size(), maxDef);
        }
        encoder.plain(buffer.values(), physicalType);
        return encoder.out.toByteArray();
    }

    /** Levels as RLE runs only: each run of one value is its count and the value. */
    private void levels(int[] levels, int count, int max) {
        int width = (RleBitPackedDecoder.bitWidth(max) + 7) / 8;
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        int i = 0;
        while (i < count) {
            int j = i;
            while (j < count && levels[j] == levels[i]) {
                j++;
            }
            Varint.write(runs, (long) (j - i) << 1);
            for (int b = 0; b < width; b++) {
                runs.write(levels[i] >>> (8 * b));
            }
            i = j;
        }
        writeInt(runs.size());
        out.writeBytes(runs.toByteArray());
    }

    private void plain(List<Object> values, int physicalType) {
        switch (physicalType) {
            case ParquetConstants.BOOLEAN -> {
                byte[] bits = new byte[(values.size() + 7) / 8];
                for (int i = 0; i < values.size(); i++) {
                    if ((Boolean) values.get(i)) {
                        bits[i >>> 3] |= (byte) (1 << (i & 7));
                    }
                }
                out.writeBytes(bits);
            }
            case ParquetConstants.INT32 -> values.forEach(v -> writeInt((int) (long) (Long) v));
            case ParquetConstants.INT64 -> values.forEach(v -> out.writeBytes(
                    ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong((Long) v).array()));
            case ParquetConstants.FLOAT -> values.forEach(v -> writeInt(Float.floatToIntBits((float) (double) (Double) v)));
            case ParquetConstants.DOUBLE -> values.forEach(v -> out.writeBytes(ByteBuffer.allocate(8)
                    .order(ByteOrder.LITTLE_ENDIAN).putDouble((Double) v).array()));
            case ParquetConstants.BYTE_ARRAY -> values.forEach(v -> {
                byte[] bytes = (byte[]) v;
                writeInt(bytes.length);
                out.writeBytes(bytes);
            });
            default -> values.forEach(v -> out.writeBytes((byte[]) v));
        }
    }

    private void writeInt(int value) {
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }
}
