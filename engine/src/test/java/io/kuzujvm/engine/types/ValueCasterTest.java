package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueCasterTest {

    private static Object cast(Object value, String from, String to) {
        return ValueCaster.cast(value, LogicalType.parse(from), LogicalType.parse(to));
    }

    @Test
    void numbers() {
        assertEquals(4L, cast(3.5, "DOUBLE", "INT64"));
        assertEquals(BigInteger.TEN, cast(10L, "INT64", "UINT64"));
        assertEquals(10.0, cast(10L, "INT64", "DOUBLE"));
        assertEquals(new BigDecimal("127"), cast(127L, "INT8", "DECIMAL(3, 0)"));
        assertEquals("Overflow exception: To Decimal Cast Failed: 127 is not in DECIMAL(3, 1) range",
                assertThrows(KuzuException.class, () -> cast(127L, "INT8", "DECIMAL(3, 1)")).getMessage());
        assertEquals("Overflow exception: Value 10000000000 is not within INT16 range",
                assertThrows(KuzuException.class, () -> cast(10_000_000_000L, "INT64", "INT16")).getMessage());
        assertEquals("Overflow exception: Value -3 is not within UINT64 range",
                assertThrows(KuzuException.class, () -> cast(-3L, "INT64", "UINT64")).getMessage());
    }

    @Test
    void stringsAndTemporal() {
        assertEquals("[10,5]", cast(List.of(10L, 5L), "INT64[]", "STRING"));
        assertEquals(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
                cast("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "STRING", "UUID"));
        assertEquals(LocalDate.of(2011, 8, 20), cast(LocalDateTime.of(2011, 8, 20, 11, 25), "TIMESTAMP", "DATE"));
        assertEquals(LocalDateTime.of(2011, 8, 20, 11, 25, 30, 123_000_000),
                cast(LocalDateTime.of(2011, 8, 20, 11, 25, 30, 123_456_000), "TIMESTAMP", "TIMESTAMP_MS"));
        assertEquals("Conversion exception: Unsupported casting function from DATE to INT64.",
                assertThrows(KuzuException.class, () -> cast(LocalDate.of(2000, 1, 1), "DATE", "INT64")).getMessage());
    }

    @Test
    void nested() {
        assertEquals(List.of(10.0, 5.0), cast(List.of(10L, 5L), "INT64[]", "DOUBLE[]"));
        assertEquals(List.of(List.of(10L), List.of(6L)), cast(List.of(List.of(10L), List.of(6L)), "INT64[][]",
                "INT16[1][]"));
        assertEquals(new MapValue(List.of("a"), List.of(52.0)), cast(new MapValue(List.of("a"), List.of(52L)),
                "MAP(STRING, INT64)", "MAP(STRING, DOUBLE)"));
        assertEquals(new StructValue(List.of("revenue", "location"), List.of(138.0, "['toronto']")),
                cast(new StructValue(List.of("revenue", "location"), List.of(138L, List.of("'toronto'"))),
                        "STRUCT(revenue INT16, location STRING[])", "STRUCT(revenue DOUBLE, location STRING)"));
    }

    @Test
    void comparisons() {
        assertTrue(ValueComparator.compare(BigInteger.TWO, 3L) < 0);
        assertTrue(ValueComparator.compare(new BigDecimal("1.50"), 1.5) == 0);
        assertTrue(ValueComparator.compare(List.of(1L, 2L), List.of(1L, 3L)) < 0);
        assertTrue(ValueComparator.compare(List.of(1L), List.of(1L, 0L)) < 0);
        assertTrue(ValueComparator.compare(LocalDate.of(2000, 1, 1), LocalDateTime.of(2000, 1, 1, 0, 1)) < 0);
        assertTrue(ValueComparator.compare(new Interval(1, 0, 0), new Interval(0, 29, 0)) > 0);
        assertTrue(ValueComparator.compare(UUID.fromString("f0000000-0000-0000-0000-000000000000"),
                UUID.fromString("10000000-0000-0000-0000-000000000000")) > 0);
    }
}
