package io.kuzujvm.engine.npy;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NpyFileTest {

    @TempDir
    Path dir;

    /** A version 1.0 .npy file as NumPy writes it: magic, version, padded header dict, data. */
    private Path npy(String name, String descr, String shape, ByteBuffer data) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int padded = (10 + dict.length() + 1 + 15) / 16 * 16 - 10;
        String header = dict + " ".repeat(padded - dict.length() - 1) + "\n";
        ByteBuffer file = ByteBuffer.allocate(10 + padded + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) padded)
                .put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data.array());
        Path path = dir.resolve(name);
        Files.write(path, file.array());
        return path;
    }

    @Test
    void oneDimensionalFilesAreScalarColumns() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(7).putInt(-1).putInt(3);
        NpyFile file = NpyFile.open(npy("a.npy", "<i4", "(3,)", data).toString());
        assertEquals(LogicalType.INT32, file.columnType());
        assertEquals(3, file.numRows());
        try (FileChannel channel = FileChannel.open(Path.of(file.path()))) {
            assertEquals(List.of(-1L, 3L), Arrays.asList(file.readRows(channel, 1, 2)));
        }
    }

    @Test
    void higherDimensionsFlattenIntoFixedSizeLists() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8; i++) {
            data.putFloat(i + 0.5f);
        }
        NpyFile file = NpyFile.open(npy("b.npy", "<f4", "(2, 2, 2)", data).toString());
        assertEquals(LogicalType.array(LogicalType.FLOAT, 4), file.columnType());
        file.validate(LogicalType.array(LogicalType.FLOAT, 4), 2);
        KuzuException error = assertThrows(KuzuException.class,
                () -> file.validate(LogicalType.array(LogicalType.FLOAT, 3), 2));
        assertEquals("Copy exception: The shape of " + file.path() + " does not match FLOAT[3].", error.getMessage());
        try (FileChannel channel = FileChannel.open(Path.of(file.path()))) {
            assertEquals(List.of(4.5, 5.5, 6.5, 7.5), file.readRows(channel, 1, 1)[0]);
        }
    }

    @Test
    void fortranOrderIsRejected() throws IOException {
        Path path = npy("c.npy", "<f8", "(1,)", ByteBuffer.allocate(8));
        String text = Files.readString(path, StandardCharsets.ISO_8859_1).replace("False", "True ");
        Files.write(path, text.getBytes(StandardCharsets.ISO_8859_1));
        KuzuException error = assertThrows(KuzuException.class, () -> NpyFile.open(path.toString()));
        assertEquals("Copy exception: Fortran-order NPY files are not currently supported.", error.getMessage());
    }
}
