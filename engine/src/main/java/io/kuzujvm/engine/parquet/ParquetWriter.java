package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.export.RowWriter;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows to a Parquet file: every column optional, PLAIN values and RLE levels in one data
 * page per column and row group, Snappy-compressed (or not), nested LIST, ARRAY, MAP and STRUCT
 * columns included. Files it writes read back with {@link ParquetFile}.
 */
public final class ParquetWriter implements RowWriter {

    /** Rows per row group unless given. */
    public static final int DEFAULT_ROW_GROUP_SIZE = 122_880;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final boolean snappy;
    private final int rowGroupSize;
    private final ParquetSchemaBuilder schema;
    private final ParquetField.Struct root;
    private final LeafBuffer[] buffers;
    private final ColumnShredder shredder;
    private final Path path;
    private final List<ThriftStruct> rowGroups = new ArrayList<>();
    private long position;
    private long bufferedRows;
    private long totalRows;

    public ParquetWriter(Path path, List<String> names, List<LogicalType> types) {
        this(path, names, types, true, DEFAULT_ROW_GROUP_SIZE);
    }

    public ParquetWriter(Path path, List<String> names, List<LogicalType> types, boolean snappy, int rowGroupSize) {
        this.path = path;
        this.snappy = snappy;
        this.rowGroupSize = rowGroupSize;
        this.schema = new ParquetSchemaBuilder(names, types);
        this.root = ParquetSchema.of(schema.elements());
        List<ParquetSchemaBuilder.LeafColumn> leaves = schema.leaves();
        this.buffers = new LeafBuffer[leaves.size()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new LeafBuffer(leaves.get(i).encoder());
        }
        this.shredder = new ColumnShredder(buffers);
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        } catch (IOException e) {
            throw KuzuException.io(path.toString(), e);
        }
        write(MAGIC);
    }

    /** Adds the selected rows of a chunk whose columns match the writer's. */
    @Override
    public void write(DataChunk chunk) {
        chunk.selection().forEach(row -> {
            for (int column = 0; column < root.children().size(); column++) {
                ValueVector vector = chunk.vector(column);
                shredder.write(root.children().get(column), vector.getValue(row), 0);
            }
            if (++bufferedRows == rowGroupSize) {
                flushRowGroup();
            }
        });
    }

    private void flushRowGroup() {
        List<Object> columns = new ArrayList<>();
        long groupBytes = 0;
        for (ParquetField.Leaf leaf : root.leaves()) {
            ThriftStruct chunk = writeColumnChunk(leaf, buffers[leaf.column()]);
            groupBytes += chunk.struct(3).i64(7, 0);
            columns.add(chunk);
            buffers[leaf.column()].clear();
        }
        rowGroups.add(new ThriftStruct(Map.of(1, columns, 2, groupBytes, 3, bufferedRows)));
        totalRows += bufferedRows;
        bufferedRows = 0;
    }

    private ThriftStruct writeColumnChunk(ParquetField.Leaf leaf, LeafBuffer buffer) {
        ParquetSchemaBuilder.LeafColumn column = schema.leaves().get(leaf.column());
        byte[] page = PageEncoder.encode(buffer, leaf.maxRep(), leaf.maxDef(), column.physicalType());
        byte[] stored = snappy ? ParquetCodecs.compressSnappy(page, page.length) : page;
        ThriftStruct dataPageHeader = new ThriftStruct(Map.of(1, buffer.size(), 2, ParquetConstants.PLAIN,
                3, ParquetConstants.RLE, 4, ParquetConstants.RLE));
        byte[] header = ThriftCompactWriter.write(new ThriftStruct(Map.of(1, ParquetConstants.DATA_PAGE,
                2, page.length, 3, stored.length, 5, dataPageHeader)));
        long offset = position;
        write(header);
        write(stored);
        Map<Integer, Object> meta = new HashMap<>();
        meta.put(1, column.physicalType());
        meta.put(2, List.of(ParquetConstants.PLAIN, ParquetConstants.RLE));
        meta.put(3, column.path());
        meta.put(4, snappy ? ParquetConstants.SNAPPY : ParquetConstants.UNCOMPRESSED);
        meta.put(5, (long) buffer.size());
        meta.put(6, (long) header.length + page.length);
        meta.put(7, (long) header.length + stored.length);
        meta.put(9, offset);
        return new ThriftStruct(Map.of(2, offset, 3, new ThriftStruct(meta)));
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw KuzuException.io(path.toString(), e);
        }
        position += bytes.length;
    }

    /** Writes the last row group and the footer. */
    @Override
    public void close() {
        try (OutputStream stream = out) {
            if (bufferedRows > 0 || rowGroups.isEmpty()) {
                flushRowGroup();
            }
            List<Object> elements = new ArrayList<>();
            schema.elements().forEach(element -> elements.add(element.toThrift()));
            byte[] footer = ThriftCompactWriter.write(new ThriftStruct(Map.of(1, 1, 2, elements, 3, totalRows,
                    4, new ArrayList<Object>(rowGroups), 6, "kuzu-jvm")));
            write(footer);
            write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
            write(MAGIC);
        } catch (IOException e) {
            throw KuzuException.io(path.toString(), e);
        }
    }
}
