package io.kuzujvm.engine.parquet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parts of a Parquet file's footer (FileMetaData) the reader needs, by the Thrift field ids of parquet.thrift. */
record ParquetMetadata(List<SchemaElement> schema, long numRows, List<RowGroup> rowGroups) {

    /** One node of the flattened schema tree (depth first; groups give their number of children). */
    record SchemaElement(int type, int typeLength, int repetition, String name, int numChildren, int convertedType,
                         int scale, int precision, ThriftStruct logicalType) {

        static SchemaElement of(ThriftStruct s) {
            return new SchemaElement(s.i32(1, -1), s.i32(2, 0), s.i32(3, ParquetConstants.REQUIRED), s.string(4),
                    s.i32(5, 0), s.i32(6, -1), s.i32(7, 0), s.i32(8, 0), s.struct(10));
        }

        /** The element as parquet.thrift's SchemaElement, for the writer's footer. */
        ThriftStruct toThrift() {
            Map<Integer, Object> fields = new HashMap<>();
            if (numChildren > 0) {
                fields.put(5, numChildren);
            } else {
                fields.put(1, type);
            }
            if (typeLength > 0) {
                fields.put(2, typeLength);
            }
            fields.put(3, repetition);
            fields.put(4, name);
            if (convertedType >= 0) {
                fields.put(6, convertedType);
            }
            if (convertedType == ParquetConstants.DECIMAL) {
                fields.put(7, scale);
                fields.put(8, precision);
            }
            if (logicalType != null) {
                fields.put(10, logicalType);
            }
            return new ThriftStruct(fields);
        }

        boolean isGroup() {
            return numChildren > 0 || type < 0;
        }
    }

    record RowGroup(List<ColumnChunk> columns, long numRows) {

        static RowGroup of(ThriftStruct s) {
            List<ThriftStruct> chunks = s.list(1);
            return new RowGroup(chunks.stream().map(c -> ColumnChunk.of(c.struct(3))).toList(), s.i64(3, 0));
        }
    }

    /** A column chunk's ColumnMetaData: where its pages are and how they are compressed. */
    record ColumnChunk(int type, int codec, long numValues, long dataPageOffset, long dictionaryPageOffset,
                       long totalCompressedSize) {

        static ColumnChunk of(ThriftStruct s) {
            return new ColumnChunk(s.i32(1, 0), s.i32(4, 0), s.i64(5, 0), s.i64(9, 0), s.i64(11, -1), s.i64(7, 0));
        }

        /** The first page: the dictionary page if there is one. */
        long start() {
            return dictionaryPageOffset > 0 && dictionaryPageOffset < dataPageOffset ? dictionaryPageOffset
                    : dataPageOffset;
        }
    }

    static ParquetMetadata of(ThriftStruct fileMetaData) {
        List<ThriftStruct> schema = fileMetaData.list(2);
        List<ThriftStruct> groups = fileMetaData.list(4);
        return new ParquetMetadata(schema.stream().map(SchemaElement::of).toList(), fileMetaData.i64(3, 0),
                groups.stream().map(RowGroup::of).toList());
    }
}
