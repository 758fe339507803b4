package io.kuzujvm.engine.npy;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NumPy {@code .npy} file: a header (magic, version, a Python dict with descr, fortran_order
 * and shape) and the array's values in row-major order. Each row (the first dimension) is one
 * value: a scalar for a 1-D array, else the rest of the row flattened into a fixed-size list.
 */
public final class NpyFile {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private final String path;
    private final LogicalType elementType;
    private final int elementSize;
    private final long[] shape;
    private final long dataOffset;

    private NpyFile(String path, LogicalType elementType, int elementSize, long[] shape, long dataOffset) {
        this.path = path;
        this.elementType = elementType;
        this.elementSize = elementSize;
        this.shape = shape;
        this.dataOffset = dataOffset;
    }

    public static NpyFile open(String path) {
        try (FileChannel channel = FileChannel.open(Path.of(path), StandardOpenOption.READ)) {
            ByteBuffer prefix = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(prefix, 0);
            byte[] magic = new byte[MAGIC.length];
            prefix.get(0, magic);
            if (prefix.position() < 10 || !java.util.Arrays.equals(magic, MAGIC)) {
                throw copyError("Invalid NPY file");
            }
            int major = prefix.get(6);
            if (major < 1 || major > 3) {
                throw copyError("Unsupported NPY file version.");
            }
            // Version 1 has a 2-byte header length, later versions 4 bytes.
            int lengthSize = major == 1 ? 2 : 4;
            long headerLength = major == 1 ? prefix.getShort(8) & 0xffff : prefix.getInt(8) & 0xffff_ffffL;
            ByteBuffer header = ByteBuffer.allocate((int) headerLength);
            channel.read(header, 8 + lengthSize);
            String dict = new String(header.array(), StandardCharsets.ISO_8859_1);
            return parse(path, dict, 8 + lengthSize + headerLength);
        } catch (IOException e) {
            throw copyError("Failed to open NPY file.");
        }
    }

    private static NpyFile parse(String path, String dict, long dataOffset) {
        Matcher fortran = FORTRAN.matcher(dict);
        if (fortran.find() && fortran.group(1).equals("True")) {
            throw copyError("Fortran-order NPY files are not currently supported.");
        }
        Matcher descr = DESCR.matcher(dict);
        Matcher shapeText = SHAPE.matcher(dict);
        if (!descr.find() || !shapeText.find()) {
            throw copyError("Invalid NPY file");
        }
        String type = descr.group(1);
        if (type.startsWith(">")) {
            throw copyError("The endianness of the file does not match the machine's endianness.");
        }
        if (type.startsWith("<") || type.startsWith("|") || type.startsWith("=")) {
            type = type.substring(1);
        }
        LogicalType elementType = switch (type) {
            case "f8" -> LogicalType.DOUBLE;
            case "f4" -> LogicalType.FLOAT;
            case "i8" -> LogicalType.INT64;
            case "i4" -> LogicalType.INT32;
            case "i2" -> LogicalType.INT16;
            case "i1" -> LogicalType.INT8;
            case "u8" -> LogicalType.UINT64;
            case "u4" -> LogicalType.UINT32;
            case "u2" -> LogicalType.UINT16;
            case "u1" -> LogicalType.UINT8;
            case "b1" -> LogicalType.BOOL;
            default -> throw copyError("Unsupported data type: " + type);
        };
        List<Long> dims = new ArrayList<>();
        for (String dim : shapeText.group(1).split(",")) {
            if (!dim.isBlank()) {
                dims.add(Long.parseLong(dim.strip()));
            }
        }
        return new NpyFile(path, elementType, Integer.parseInt(type.substring(1)),
                dims.stream().mapToLong(Long::longValue).toArray(), dataOffset);
    }

    public String path() {
        return path;
    }

    public long numRows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The number of elements in one row: the product of the dimensions after the first. */
    public int elementsPerRow() {
        long elements = 1;
        for (int i = 1; i < shape.length; i++) {
            elements *= shape[i];
        }
        return (int) elements;
    }

    /** The column type Kùzu gives the file: the element type, or a fixed-size list of the row's elements. */
    public LogicalType columnType() {
        return shape.length <= 1 ? elementType : LogicalType.array(elementType, elementsPerRow());
    }

    /** Checks that the file can fill a table column of type {@code type} with {@code numRows} rows, as Kùzu does. */
    public void validate(LogicalType type, long expectedRows) {
        if (numRows() == 0) {
            throw copyError("Number of rows in npy file " + path + " is 0.");
        }
        if (numRows() != expectedRows) {
            throw copyError("Number of rows in npy files is not equal to each other.");
        }
        if (type.id() == elementType.id()) {
            if (elementsPerRow() != 1) {
                throw copyError("Cannot copy a vector property in npy file " + path + " to a scalar property.");
            }
            return;
        }
        if (type.id() != TypeId.ARRAY || type.elementType().id() != elementType.id()) {
            throw copyError("The type of npy file " + path + " does not match the expected type.");
        }
        if (elementsPerRow() != type.size()) {
            throw copyError("The shape of " + path + " does not match " + type + ".");
        }
    }

    /** Reads rows [first, first + count) as the values of a column of this file's {@link #columnType()}. */
    public Object[] readRows(FileChannel channel, long first, int count) {
        int perRow = elementsPerRow();
        ByteBuffer bytes = ByteBuffer.allocate(count * perRow * elementSize).order(ByteOrder.LITTLE_ENDIAN);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, dataOffset + first * perRow * elementSize + bytes.position()) < 0) {
                    throw copyError("Unexpected end of NPY file " + path + ".");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.flip();
        Object[] rows = new Object[count];
        for (int row = 0; row < count; row++) {
            if (shape.length <= 1) {
                rows[row] = NpyElements.read(bytes, elementType);
            } else {
                List<Object> elements = new ArrayList<>(perRow);
                for (int i = 0; i < perRow; i++) {
                    elements.add(NpyElements.read(bytes, elementType));
                }
                rows[row] = elements;
            }
        }
        return rows;
    }

    static KuzuException copyError(String message) {
        return new KuzuException(KuzuException.Kind.COPY, message);
    }
}
