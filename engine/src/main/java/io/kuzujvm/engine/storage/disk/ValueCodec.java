package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.UnionValue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Binary encoding of the values vectors hold and of {@link LogicalType}s, for the log
 * and checkpoint files. Each value starts with a one-byte tag naming its Java
 * representation, so a value decodes to exactly the object that was encoded (a Long
 * stays a Long whether the column is INT8 or INT64) and nested values (lists, structs,
 * maps, unions) need no type to decode. Null is its own tag.
 */
public final class ValueCodec {

    private static final int NULL = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int STRING = 5;
    private static final int BYTES = 6;
    private static final int BIG_INTEGER = 7;
    private static final int BIG_DECIMAL = 8;
    private static final int UUID_TAG = 9;
    private static final int DATE = 10;
    private static final int TIMESTAMP = 11;
    private static final int TIMESTAMP_TZ = 12;
    private static final int INTERVAL = 13;
    private static final int STRUCT = 14;
    private static final int MAP = 15;
    private static final int UNION = 16;
    private static final int LIST = 17;
    private static final int INTEGER = 18;
    private static final int FLOAT = 19;
    private static final int INTERNAL_ID = 20;
    private static final int SHORT = 21;
    private static final int BYTE = 22;
    private static final int TIME = 23;

    private ValueCodec() {
    }

    public static void write(DataOutput out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Long v) {
            out.writeByte(LONG);
            out.writeLong(v);
        } else if (value instanceof Double v) {
            out.writeByte(DOUBLE);
            out.writeDouble(v);
        } else if (value instanceof Boolean v) {
            out.writeByte(v ? TRUE : FALSE);
        } else if (value instanceof String v) {
            out.writeByte(STRING);
            writeString(out, v);
        } else if (value instanceof byte[] v) {
            out.writeByte(BYTES);
            writeBytes(out, v);
        } else if (value instanceof BigInteger v) {
            out.writeByte(BIG_INTEGER);
            writeBytes(out, v.toByteArray());
        } else if (value instanceof BigDecimal v) {
            out.writeByte(BIG_DECIMAL);
            out.writeInt(v.scale());
            writeBytes(out, v.unscaledValue().toByteArray());
        } else if (value instanceof UUID v) {
            out.writeByte(UUID_TAG);
            out.writeLong(v.getMostSignificantBits());
            out.writeLong(v.getLeastSignificantBits());
        } else if (value instanceof LocalDate v) {
            out.writeByte(DATE);
            out.writeLong(v.toEpochDay());
        } else if (value instanceof LocalDateTime v) {
            out.writeByte(TIMESTAMP);
            out.writeLong(v.toEpochSecond(ZoneOffset.UTC));
            out.writeInt(v.getNano());
        } else if (value instanceof OffsetDateTime v) {
            out.writeByte(TIMESTAMP_TZ);
            out.writeLong(v.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            out.writeInt(v.getNano());
            out.writeInt(v.getOffset().getTotalSeconds());
        } else if (value instanceof LocalTime v) {
            out.writeByte(TIME);
            out.writeLong(v.toNanoOfDay());
        } else if (value instanceof Interval v) {
            out.writeByte(INTERVAL);
            out.writeInt(v.months());
            out.writeInt(v.days());
            out.writeLong(v.micros());
        } else if (value instanceof StructValue v) {
            out.writeByte(STRUCT);
            out.writeInt(v.names().size());
            for (int i = 0; i < v.names().size(); i++) {
                writeString(out, v.names().get(i));
                write(out, v.values().get(i));
            }
        } else if (value instanceof MapValue v) {
            out.writeByte(MAP);
            out.writeInt(v.keys().size());
            for (int i = 0; i < v.keys().size(); i++) {
                write(out, v.keys().get(i));
                write(out, v.values().get(i));
            }
        } else if (value instanceof UnionValue v) {
            out.writeByte(UNION);
            writeString(out, v.tag());
            write(out, v.value());
        } else if (value instanceof List<?> v) {
            out.writeByte(LIST);
            out.writeInt(v.size());
            for (Object element : v) {
                write(out, element);
            }
        } else if (value instanceof Integer v) {
            out.writeByte(INTEGER);
            out.writeInt(v);
        } else if (value instanceof Float v) {
            out.writeByte(FLOAT);
            out.writeFloat(v);
        } else if (value instanceof Short v) {
            out.writeByte(SHORT);
            out.writeShort(v);
        } else if (value instanceof Byte v) {
            out.writeByte(BYTE);
            out.writeByte(v);
        } else if (value instanceof InternalId v) {
            out.writeByte(INTERNAL_ID);
            out.writeLong(v.tableId());
            out.writeLong(v.offset());
        } else {
            throw new IllegalArgumentException("Cannot store a value of class " + value.getClass().getName());
        }
    }

    public static Object read(DataInput in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case NULL:
                return null;
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case STRING:
                return readString(in);
            case BYTES:
                return readBytes(in);
            case BIG_INTEGER:
                return new BigInteger(readBytes(in));
            case BIG_DECIMAL: {
                int scale = in.readInt();
                return new BigDecimal(new BigInteger(readBytes(in)), scale);
            }
            case UUID_TAG:
                return new UUID(in.readLong(), in.readLong());
            case DATE:
                return LocalDate.ofEpochDay(in.readLong());
            case TIMESTAMP:
                return LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
            case TIMESTAMP_TZ: {
                LocalDateTime local = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(in.readInt()));
            }
            case TIME:
                return LocalTime.ofNanoOfDay(in.readLong());
            case INTERVAL:
                return new Interval(in.readInt(), in.readInt(), in.readLong());
            case STRUCT: {
                int n = count(in);
                List<String> names = new ArrayList<>(n);
                List<Object> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    names.add(readString(in));
                    values.add(read(in));
                }
                return new StructValue(names, values);
            }
            case MAP: {
                int n = count(in);
                List<Object> keys = new ArrayList<>(n);
                List<Object> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    keys.add(read(in));
                    values.add(read(in));
                }
                return new MapValue(keys, values);
            }
            case UNION:
                return new UnionValue(readString(in), read(in));
            case LIST: {
                int n = count(in);
                List<Object> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    values.add(read(in));
                }
                return values;
            }
            case INTEGER:
                return in.readInt();
            case FLOAT:
                return in.readFloat();
            case SHORT:
                return in.readShort();
            case BYTE:
                return in.readByte();
            case INTERNAL_ID:
                return new InternalId(in.readLong(), in.readLong());
            default:
                throw new IOException("Unknown value tag " + tag);
        }
    }

    /** A type with its children and parameters. */
    public static void writeType(DataOutput out, LogicalType type) throws IOException {
        writeString(out, type.id().name());
        out.writeInt(type.children().size());
        for (LogicalType child : type.children()) {
            writeType(out, child);
        }
        out.writeInt(type.fieldNames().size());
        for (String name : type.fieldNames()) {
            writeString(out, name);
        }
        out.writeInt(type.size());
        out.writeInt(type.precision());
        out.writeInt(type.scale());
    }

    public static LogicalType readType(DataInput in) throws IOException {
        String id = readString(in);
        TypeId typeId;
        try {
            typeId = TypeId.valueOf(id);
        } catch (IllegalArgumentException e) {
            throw new IOException("Unknown type id " + id, e);
        }
        int n = count(in);
        List<LogicalType> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(readType(in));
        }
        int f = count(in);
        List<String> names = new ArrayList<>(f);
        for (int i = 0; i < f; i++) {
            names.add(readString(in));
        }
        return new LogicalType(typeId, children, names, in.readInt(), in.readInt(), in.readInt());
    }

    public static void writeString(DataOutput out, String value) throws IOException {
        writeBytes(out, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String readString(DataInput in) throws IOException {
        return new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return bytes;
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("Negative length " + n);
        }
        return n;
    }
}
