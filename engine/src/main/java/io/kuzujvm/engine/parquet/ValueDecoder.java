package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes the values of a data or dictionary page: PLAIN, dictionary indices, and the delta
 * encodings. Values come out as Long (INT32, INT64), Double (FLOAT, DOUBLE), Boolean, or byte[]
 * (byte arrays, fixed-length byte arrays, INT96).
 */
final class ValueDecoder {

    private ValueDecoder() {
    }

    /** Decodes {@code count} values into {@code out} from {@code offset}. */
    static void decode(int encoding, ByteBuffer in, int physicalType, int typeLength, Object[] dictionary,
                       Object[] out, int offset, int count) {
        in.order(ByteOrder.LITTLE_ENDIAN);
        switch (encoding) {
            case ParquetConstants.PLAIN -> plain(in, physicalType, typeLength, out, offset, count);
            case ParquetConstants.PLAIN_DICTIONARY, ParquetConstants.RLE_DICTIONARY -> {
                if (dictionary == null) {
                    throw malformed("dictionary-encoded page without a dictionary");
                }
                RleBitPackedDecoder indices = new RleBitPackedDecoder(in, in.get() & 0xff);
                for (int i = 0; i < count; i++) {
                    out[offset + i] = dictionary[indices.next()];
                }
            }
            case ParquetConstants.RLE -> {
                // Booleans only: a 4-byte length, then bit width 1.
                in.getInt();
                RleBitPackedDecoder bits = new RleBitPackedDecoder(in, 1);
                for (int i = 0; i < count; i++) {
                    out[offset + i] = bits.next() == 1;
                }
            }
            case ParquetConstants.DELTA_BINARY_PACKED -> {
                long[] values = DeltaBinaryPackedDecoder.readAll(in, count);
                for (int i = 0; i < count; i++) {
                    out[offset + i] = physicalType == ParquetConstants.INT32 ? (long) (int) values[i] : values[i];
                }
            }
            case ParquetConstants.DELTA_LENGTH_BYTE_ARRAY -> deltaLengthByteArray(in, out, offset, count);
            case ParquetConstants.DELTA_BYTE_ARRAY -> deltaByteArray(in, out, offset, count);
            case ParquetConstants.BYTE_STREAM_SPLIT -> byteStreamSplit(in, physicalType, typeLength, out, offset,
                    count);
            default -> throw malformed("unsupported encoding " + encoding);
        }
    }

    private static void plain(ByteBuffer in, int physicalType, int typeLength, Object[] out, int offset, int count) {
        switch (physicalType) {
            case ParquetConstants.BOOLEAN -> {
                for (int i = 0; i < count; i++) {
                    int bit = i & 7;
                    out[offset + i] = ((in.get(in.position() + (i >>> 3)) >>> bit) & 1) == 1;
                }
                in.position(in.position() + (count + 7) / 8);
            }
            case ParquetConstants.INT32 -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = (long) in.getInt();
                }
            }
            case ParquetConstants.INT64 -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = in.getLong();
                }
            }
            case ParquetConstants.FLOAT -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = (double) in.getFloat();
                }
            }
            case ParquetConstants.DOUBLE -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = in.getDouble();
                }
            }
            case ParquetConstants.BYTE_ARRAY -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = bytes(in, in.getInt());
                }
            }
            case ParquetConstants.INT96 -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = bytes(in, 12);
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = bytes(in, typeLength);
                }
            }
        }
    }

    private static void deltaLengthByteArray(ByteBuffer in, Object[] out, int offset, int count) {
        long[] lengths = DeltaBinaryPackedDecoder.readAll(in, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = bytes(in, (int) lengths[i]);
        }
    }

    /** Each value shares a prefix with the one before and adds a suffix. */
    private static void deltaByteArray(ByteBuffer in, Object[] out, int offset, int count) {
        long[] prefixLengths = DeltaBinaryPackedDecoder.readAll(in, count);
        long[] suffixLengths = DeltaBinaryPackedDecoder.readAll(in, count);
        byte[] previous = new byte[0];
        for (int i = 0; i < count; i++) {
            int prefix = (int) prefixLengths[i];
            byte[] value = new byte[prefix + (int) suffixLengths[i]];
            System.arraycopy(previous, 0, value, 0, prefix);
            in.get(value, prefix, value.length - prefix);
            out[offset + i] = value;
            previous = value;
        }
    }

    /** The k-th bytes of all values come one after another: gather them back. */
    private static void byteStreamSplit(ByteBuffer in, int physicalType, int typeLength, Object[] out, int offset,
                                        int count) {
        int width = switch (physicalType) {
            case ParquetConstants.INT32, ParquetConstants.FLOAT -> 4;
            case ParquetConstants.INT64, ParquetConstants.DOUBLE -> 8;
            default -> typeLength;
        };
        byte[] gathered = new byte[width * count];
        int start = in.position();
        for (int i = 0; i < count; i++) {
            for (int b = 0; b < width; b++) {
                gathered[i * width + b] = in.get(start + b * count + i);
            }
        }
        in.position(start + width * count);
        plain(ByteBuffer.wrap(gathered).order(ByteOrder.LITTLE_ENDIAN), physicalType, typeLength, out, offset, count);
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    static KuzuException malformed(String what) {
        return new KuzuException(KuzuException.Kind.COPY, "Malformed parquet file: " + what + ".");
    }
}
