package io.kuzujvm.engine.parquet;

import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import io.kuzujvm.engine.common.KuzuException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Page compression: UNCOMPRESSED, SNAPPY, GZIP and ZSTD (pure Java, through aircompressor and java.util.zip). */
final class ParquetCodecs {

    private ParquetCodecs() {
    }

    static byte[] decompress(int codec, byte[] input, int offset, int length, int uncompressedSize) {
        byte[] output = new byte[uncompressedSize];
        switch (codec) {
            case ParquetConstants.UNCOMPRESSED -> {
                return Arrays.copyOfRange(input, offset, offset + length);
            }
            case ParquetConstants.SNAPPY ->
                    new SnappyDecompressor().decompress(input, offset, length, output, 0, uncompressedSize);
            case ParquetConstants.ZSTD ->
                    new ZstdDecompressor().decompress(input, offset, length, output, 0, uncompressedSize);
            case ParquetConstants.GZIP -> {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(input, offset, length))) {
                    in.readNBytes(output, 0, uncompressedSize);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new KuzuException(KuzuException.Kind.COPY, "Unsupported compression codec \""
                    + codecName(codec) + "\". Supported codecs are uncompressed, gzip, lz4_raw, snappy or zstd");
        }
        return output;
    }

    static byte[] compressSnappy(byte[] input, int length) {
        SnappyCompressor compressor = new SnappyCompressor();
        byte[] output = new byte[compressor.maxCompressedLength(length)];
        int size = compressor.compress(input, 0, length, output, 0, output.length);
        return Arrays.copyOf(output, size);
    }

    private static String codecName(int codec) {
        return switch (codec) {
            case 3 -> "lzo";
            case ParquetConstants.BROTLI -> "brotli";
            case 5 -> "lz4";
            case 7 -> "lz4_raw";
            default -> String.valueOf(codec);
        };
    }
}
