package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.UnionValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueCodecTest {

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValueCodec.write(new DataOutputStream(bytes), value);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        Object read = ValueCodec.read(in);
        assertEquals(-1, in.read(), "every byte consumed");
        return read;
    }

    @Test
    void everyValueKindRoundTripsToAnEqualObjectOfTheSameClass() throws IOException {
        List<Object> values = new ArrayList<>(Arrays.asList(
                null, 0L, Long.MIN_VALUE, Long.MAX_VALUE, -1.5, Double.NaN, Double.NEGATIVE_INFINITY, true, false,
                "", "héllo wörld ✓ 𝄞", new BigInteger("-170141183460469231731687303715884105728"),
                new BigDecimal("-12345678901234567890.123456789"), new BigDecimal("1E+5"),
                UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
                LocalDate.of(1900, 2, 28), LocalDate.of(-44, 3, 15),
                LocalDateTime.of(2011, 8, 20, 11, 25, 30, 123_456_789), LocalDateTime.of(1960, 1, 1, 0, 0),
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.ofHoursMinutes(-5, -30)),
                LocalTime.of(23, 59, 59, 999_999_999),
                new Interval(14, -3, 123_456_789L),
                new InternalId(3, 42),
                7, 1.25f, (short) -3, (byte) 9,
                new StructValue(List.of("a", "b"), Arrays.asList(1L, null)),
                new MapValue(List.of("k1", "k2"), Arrays.asList(List.of(1L, 2L), null)),
                new UnionValue("num", 5L), new UnionValue("none", null),
                Arrays.asList(1L, null, 3L), List.of(), List.of(List.of("x"), List.of()),
                new StructValue(List.of("_ID", "name", "tags"),
                        List.of(new InternalId(0, 1), "Alice", List.of(new MapValue(List.of(1L), List.of("v")))))));
        for (Object value : values) {
            Object read = roundTrip(value);
            if (value == null) {
                assertEquals(null, read);
                continue;
            }
            assertEquals(value, read, String.valueOf(value));
            if (!(value instanceof List)) {
                assertEquals(value.getClass(), read.getClass(), String.valueOf(value));
            }
        }
        BigDecimal scaled = (BigDecimal) roundTrip(new BigDecimal("1.500"));
        assertEquals(3, scaled.scale(), "scale kept");
    }

    @Test
    void blobsRoundTrip() throws IOException {
        byte[] blob = {0, -1, 127, -128, 42};
        assertArrayEquals(blob, (byte[]) roundTrip(blob));
        assertArrayEquals(new byte[0], (byte[]) roundTrip(new byte[0]));
    }

    @Test
    void nestedTypesRoundTrip() throws IOException {
        for (LogicalType type : List.of(LogicalType.INT64, LogicalType.SERIAL, LogicalType.decimal(38, 10),
                LogicalType.array(LogicalType.FLOAT, 3), LogicalType.list(LogicalType.list(LogicalType.STRING)),
                LogicalType.map(LogicalType.STRING, LogicalType.list(LogicalType.INT32)),
                LogicalType.struct(List.of("a", "b"), List.of(LogicalType.DATE, LogicalType.UUID)),
                LogicalType.union(List.of("x", "y"), List.of(LogicalType.INT8, LogicalType.BLOB)))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ValueCodec.writeType(new DataOutputStream(bytes), type);
            assertEquals(type, ValueCodec.readType(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        }
    }

    @Test
    void unknownClassesAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueCodec.write(new DataOutputStream(new ByteArrayOutputStream()), new Object()));
        assertEquals("Cannot store a value of class java.lang.Object", e.getMessage());
    }
}
