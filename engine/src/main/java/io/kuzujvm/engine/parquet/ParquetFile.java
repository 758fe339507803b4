package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An open Parquet file: its columns (names and Kùzu types) and its row groups, read one at a time. */
public final class ParquetFile implements AutoCloseable {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private final String path;
    private final FileChannel channel;
    private final ParquetMetadata metadata;
    private final ParquetField.Struct root;
    private final List<ParquetField.Leaf> leaves;

    private ParquetFile(String path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.metadata = ParquetMetadata.of(new ThriftCompactReader(readFooter()).readStruct());
        this.root = ParquetSchema.of(metadata.schema());
        this.leaves = root.leaves();
    }

    public static ParquetFile open(String path) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(Path.of(path), StandardOpenOption.READ);
            return new ParquetFile(path, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private ByteBuffer readFooter() throws IOException {
        long size = channel.size();
        if (size < 12) {
            throw copyError("File " + path + " is too small to be a Parquet file");
        }
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(tail, size - 8);
        byte[] magic = new byte[4];
        tail.get(4, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw copyError("No magic bytes found at the end of file " + path);
        }
        int footerLength = tail.getInt(0);
        if (footerLength <= 0 || size < 12L + footerLength) {
            throw copyError("Footer length error in file " + path);
        }
        return ColumnChunkReader.readBytes(channel, size - 8 - footerLength, footerLength);
    }

    public List<String> names() {
        return root.names();
    }

    public List<LogicalType> types() {
        return root.children().stream().map(ParquetField::type).toList();
    }

    public int numRowGroups() {
        return metadata.rowGroups().size();
    }

    /** The rows of one row group, in chunks of at most {@link DataChunk#CAPACITY} rows. */
    public List<DataChunk> readRowGroup(int index) {
        ParquetMetadata.RowGroup group = metadata.rowGroups().get(index);
        LeafData[] data = new LeafData[leaves.size()];
        for (ParquetField.Leaf leaf : leaves) {
            data[leaf.column()] = ColumnChunkReader.read(channel, leaf, group.columns().get(leaf.column()));
        }
        RecordAssembler assembler = new RecordAssembler(data);
        List<LogicalType> types = types();
        List<DataChunk> chunks = new ArrayList<>();
        long remaining = group.numRows();
        while (remaining > 0) {
            int rows = (int) Math.min(DataChunk.CAPACITY, remaining);
            DataChunk chunk = DataChunk.allocate(types, rows);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < types.size(); column++) {
                    chunk.vector(column).setValue(row, assembler.read(root.children().get(column)));
                }
            }
            chunk.setDense(rows);
            chunks.add(chunk);
            remaining -= rows;
        }
        return chunks;
    }

    private static KuzuException copyError(String message) {
        return new KuzuException(KuzuException.Kind.COPY, message);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the open failed already
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }
}
