package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads structs in Thrift's compact protocol, the encoding of Parquet's footer and page headers. */
final class ThriftCompactReader {

    static final int BOOLEAN_TRUE = 1;
    static final int BOOLEAN_FALSE = 2;
    static final int BYTE = 3;
    static final int I16 = 4;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int DOUBLE = 7;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int SET = 10;
    static final int MAP = 11;
    static final int STRUCT = 12;

    private final ByteBuffer in;

    ThriftCompactReader(ByteBuffer in) {
        this.in = in;
    }

    ThriftStruct readStruct() {
        Map<Integer, Object> fields = new HashMap<>();
        int lastId = 0;
        while (true) {
            int header = in.get() & 0xff;
            int type = header & 0x0f;
            if (type == 0) {
                return new ThriftStruct(fields);
            }
            int delta = header >>> 4;
            int id = delta == 0 ? (int) Varint.readZigzag(in) : lastId + delta;
            lastId = id;
            Object value = type == BOOLEAN_TRUE || type == BOOLEAN_FALSE ? type == BOOLEAN_TRUE : readValue(type);
            fields.put(id, value);
        }
    }

    private Object readValue(int type) {
        return switch (type) {
            case BOOLEAN_TRUE, BOOLEAN_FALSE -> in.get() == BOOLEAN_TRUE;
            case BYTE -> (long) in.get();
            case I16, I32, I64 -> Varint.readZigzag(in);
            case DOUBLE -> in.order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble();
            case BINARY -> {
                byte[] bytes = new byte[(int) Varint.read(in)];
                in.get(bytes);
                yield bytes;
            }
            case LIST, SET -> readList();
            case MAP -> readMap();
            case STRUCT -> readStruct();
            default -> throw new KuzuException(KuzuException.Kind.COPY, "Malformed parquet metadata: thrift type "
                    + type + ".");
        };
    }

    private List<Object> readList() {
        int header = in.get() & 0xff;
        int size = header >>> 4;
        if (size == 15) {
            size = (int) Varint.read(in);
        }
        int elementType = header & 0x0f;
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(elementType));
        }
        return values;
    }

    /** Maps (key-value metadata) are read and dropped: Parquet's reader needs none. */
    private Object readMap() {
        int size = (int) Varint.read(in);
        if (size > 0) {
            int types = in.get() & 0xff;
            for (int i = 0; i < size; i++) {
                readValue(types >>> 4);
                readValue(types & 0x0f);
            }
        }
        return null;
    }
}
