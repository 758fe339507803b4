package io.kuzujvm.engine.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link ThriftStruct} in Thrift's compact protocol. Field values say their Thrift type:
 * Integer is i32, Long i64, Boolean bool, String or byte[] binary, List a list, ThriftStruct a struct.
 */
final class ThriftCompactWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] write(ThriftStruct struct) {
        ThriftCompactWriter writer = new ThriftCompactWriter();
        writer.writeStruct(struct);
        return writer.out.toByteArray();
    }

    private void writeStruct(ThriftStruct struct) {
        int lastId = 0;
        for (Map.Entry<Integer, Object> field : new TreeMap<>(struct.fields()).entrySet()) {
            int id = field.getKey();
            Object value = field.getValue();
            int type = value instanceof Boolean b ? (b ? ThriftCompactReader.BOOLEAN_TRUE
                    : ThriftCompactReader.BOOLEAN_FALSE) : typeOf(value);
            if (id > lastId && id - lastId <= 15) {
                out.write((id - lastId) << 4 | type);
            } else {
                out.write(type);
                Varint.write(out, zigzag(id));
            }
            lastId = id;
            if (!(value instanceof Boolean)) {
                writeValue(value);
            }
        }
        out.write(0);
    }

    private static int typeOf(Object value) {
        if (value instanceof Integer) {
            return ThriftCompactReader.I32;
        }
        if (value instanceof Long) {
            return ThriftCompactReader.I64;
        }
        if (value instanceof String || value instanceof byte[]) {
            return ThriftCompactReader.BINARY;
        }
        if (value instanceof Boolean) {
            return ThriftCompactReader.BOOLEAN_TRUE;
        }
        return value instanceof List ? ThriftCompactReader.LIST : ThriftCompactReader.STRUCT;
    }

    private void writeValue(Object value) {
        if (value instanceof Integer i) {
            Varint.write(out, zigzag(i));
        } else if (value instanceof Long l) {
            Varint.write(out, zigzag(l));
        } else if (value instanceof Boolean b) {
            out.write(b ? ThriftCompactReader.BOOLEAN_TRUE : ThriftCompactReader.BOOLEAN_FALSE);
        } else if (value instanceof String s) {
            writeBinary(s.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] bytes) {
            writeBinary(bytes);
        } else if (value instanceof List<?> list) {
            int elementType = list.isEmpty() ? ThriftCompactReader.STRUCT : typeOf(list.get(0));
            if (list.size() < 15) {
                out.write(list.size() << 4 | elementType);
            } else {
                out.write(0xf0 | elementType);
                Varint.write(out, list.size());
            }
            list.forEach(this::writeValue);
        } else {
            writeStruct((ThriftStruct) value);
        }
    }

    private void writeBinary(byte[] bytes) {
        Varint.write(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }
}
