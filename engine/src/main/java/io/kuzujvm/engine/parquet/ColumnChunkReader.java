package io.kuzujvm.engine.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** Reads the pages of one column chunk (dictionary, data pages v1 and v2) into {@link LeafData}. */
final class ColumnChunkReader {

    private final ParquetField.Leaf leaf;
    private final ParquetMetadata.ColumnChunk chunk;
    private Object[] dictionary;
    private int[] defs;
    private int[] reps;
    private Object[] values;
    private int entries;
    private int valueCount;

    private ColumnChunkReader(ParquetField.Leaf leaf, ParquetMetadata.ColumnChunk chunk) {
        this.leaf = leaf;
        this.chunk = chunk;
        int capacity = (int) Math.max(16, chunk.numValues());
        defs = leaf.maxDef() > 0 ? new int[capacity] : null;
        reps = leaf.maxRep() > 0 ? new int[capacity] : null;
        values = new Object[capacity];
    }

    static LeafData read(FileChannel channel, ParquetField.Leaf leaf, ParquetMetadata.ColumnChunk chunk) {
        ColumnChunkReader reader = new ColumnChunkReader(leaf, chunk);
        reader.readPages(readBytes(channel, chunk.start(), (int) chunk.totalCompressedSize()));
        return new LeafData(reader.defs, reader.reps, reader.values, reader.entries, leaf.maxDef());
    }

    static ByteBuffer readBytes(FileChannel channel, long position, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw ValueDecoder.malformed("read past the end of the file");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.flip();
    }

    private void readPages(ByteBuffer chunkBytes) {
        while (entries < chunk.numValues() && chunkBytes.hasRemaining()) {
            ThriftCompactReader thrift = new ThriftCompactReader(chunkBytes);
            ThriftStruct header = thrift.readStruct();
            int compressedSize = header.i32(3, 0);
            int start = chunkBytes.position();
            chunkBytes.position(start + compressedSize);
            switch (header.i32(1, -1)) {
                case ParquetConstants.DICTIONARY_PAGE -> readDictionary(header, chunkBytes.array(), start, compressedSize);
                case ParquetConstants.DATA_PAGE -> readDataPageV1(header, chunkBytes.array(), start, compressedSize);
                case ParquetConstants.DATA_PAGE_V2 -> readDataPageV2(header, chunkBytes.array(), start, compressedSize);
                default -> {
                    // index pages carry nothing the reader needs
                }
            }
        }
    }

    private void readDictionary(ThriftStruct header, byte[] bytes, int start, int compressedSize) {
        ThriftStruct page = header.struct(7);
        int count = page.i32(1, 0);
        ByteBuffer data = ByteBuffer.wrap(ParquetCodecs.decompress(chunk.codec(), bytes, start, compressedSize,
                header.i32(2, 0)));
        Object[] raw = new Object[count];
        ValueDecoder.decode(ParquetConstants.PLAIN, data, leaf.element().type(), leaf.element().typeLength(), null,
                raw, 0, count);
        for (int i = 0; i < count; i++) {
            raw[i] = leaf.leafType().converter().apply(raw[i]);
        }
        dictionary = raw;
    }

    private void readDataPageV1(ThriftStruct header, byte[] bytes, int start, int compressedSize) {
        ThriftStruct page = header.struct(5);
        int count = page.i32(1, 0);
        ByteBuffer data = ByteBuffer.wrap(ParquetCodecs.decompress(chunk.codec(), bytes, start, compressedSize,
                header.i32(2, 0))).order(ByteOrder.LITTLE_ENDIAN);
        ensureCapacity(count);
        if (reps != null) {
            readLevels(lengthPrefixed(data), leaf.maxRep(), reps, count);
        }
        if (defs != null) {
            readLevels(lengthPrefixed(data), leaf.maxDef(), defs, count);
        }
        readValues(page.i32(2, ParquetConstants.PLAIN), data, count);
    }

    private void readDataPageV2(ThriftStruct header, byte[] bytes, int start, int compressedSize) {
        ThriftStruct page = header.struct(8);
        int count = page.i32(1, 0);
        int defLength = page.i32(5, 0);
        int repLength = page.i32(6, 0);
        ensureCapacity(count);
        if (reps != null) {
            readLevels(ByteBuffer.wrap(bytes, start, repLength), leaf.maxRep(), reps, count);
        }
        if (defs != null) {
            readLevels(ByteBuffer.wrap(bytes, start + repLength, defLength), leaf.maxDef(), defs, count);
        }
        int valuesStart = start + repLength + defLength;
        int valuesLength = compressedSize - repLength - defLength;
        boolean compressed = page.bool(7, true);
        byte[] valueBytes = ParquetCodecs.decompress(compressed ? chunk.codec() : ParquetConstants.UNCOMPRESSED,
                bytes, valuesStart, valuesLength, header.i32(2, 0) - repLength - defLength);
        readValues(page.i32(4, ParquetConstants.PLAIN), ByteBuffer.wrap(valueBytes), count);
    }

    private static ByteBuffer lengthPrefixed(ByteBuffer data) {
        int length = data.getInt();
        ByteBuffer levels = data.slice(data.position(), length);
        data.position(data.position() + length);
        return levels;
    }

    private void readLevels(ByteBuffer in, int max, int[] out, int count) {
        new RleBitPackedDecoder(in, RleBitPackedDecoder.bitWidth(max)).readInto(out, entries, count);
    }

    /** Decodes the values of the page's entries whose definition level is the maximum. */
    private void readValues(int encoding, ByteBuffer data, int count) {
        int present = count;
        if (defs != null) {
            present = 0;
            for (int i = entries; i < entries + count; i++) {
                if (defs[i] == leaf.maxDef()) {
                    present++;
                }
            }
        }
        ValueDecoder.decode(encoding, data, leaf.element().type(), leaf.element().typeLength(), dictionary, values,
                valueCount, present);
        if (encoding != ParquetConstants.PLAIN_DICTIONARY && encoding != ParquetConstants.RLE_DICTIONARY) {
            for (int i = valueCount; i < valueCount + present; i++) {
                values[i] = leaf.leafType().converter().apply(values[i]);
            }
        }
        valueCount += present;
        entries += count;
    }

    private void ensureCapacity(int count) {
        int needed = entries + count;
        if (needed > values.length) {
            int capacity = Math.max(needed, values.length * 2);
            values = Arrays.copyOf(values, capacity);
            defs = defs == null ? null : Arrays.copyOf(defs, capacity);
            reps = reps == null ? null : Arrays.copyOf(reps, capacity);
        }
    }
}
