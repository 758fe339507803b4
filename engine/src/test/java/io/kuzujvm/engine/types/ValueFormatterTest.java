package io.kuzujvm.engine.types;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueFormatterTest {

    private static String f(Object value, String type) {
        return ValueFormatter.format(value, LogicalType.parse(type));
    }

    @Test
    void scalars() {
        assertEquals("True", f(true, "BOOL"));
        assertEquals("5.000000", f(5.0, "DOUBLE"));
        assertEquals("1.731000", f((double) 1.731f, "FLOAT"));
        assertEquals("-0.000000", f(-0.0, "DOUBLE"));
        assertEquals("1844674407370955161600000000.000000", f(1.8446744073709552E27, "DOUBLE"));
        assertEquals("1.20", f(new BigDecimal("1.20"), "DECIMAL(4, 2)"));
        assertEquals("-1844674407370955161511", f(new BigInteger("-1844674407370955161511"), "INT128"));
        assertEquals("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                f(UUID.fromString("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"), "UUID"));
        assertEquals("\\xAA\\xABinteresting\\x0B", f(new byte[] {(byte) 0xAA, (byte) 0xAB, 'i', 'n', 't', 'e', 'r',
                'e', 's', 't', 'i', 'n', 'g', 0x0B}, "BLOB"));
        assertEquals("\\x5CxAA", f("\\xAA".getBytes(), "BLOB"));
    }

    @Test
    void temporalValues() {
        assertEquals("1900-01-01", f(LocalDate.of(1900, 1, 1), "DATE"));
        assertEquals("2011-08-20 11:25:30", f(LocalDateTime.of(2011, 8, 20, 11, 25, 30), "TIMESTAMP"));
        assertEquals("2008-11-03 15:25:30.000526", f(LocalDateTime.of(2008, 11, 3, 15, 25, 30, 526_000), "TIMESTAMP"));
        assertEquals("1986-10-21 21:08:31.521", f(LocalDateTime.of(1986, 10, 21, 21, 8, 31, 521_000_000), "TIMESTAMP"));
        assertEquals("2011-08-20 11:25:30.123456",
                f(LocalDateTime.of(2011, 8, 20, 11, 25, 30, 123_456_789), "TIMESTAMP_NS"));
        assertEquals("2011-02-11 08:44:22+00",
                f(OffsetDateTime.of(2011, 2, 11, 16, 44, 22, 0, ZoneOffset.ofHours(8)), "TIMESTAMP_TZ"));
    }

    @Test
    void intervals() {
        long hour = 3_600_000_000L;
        assertEquals("3 years 2 days 13:02:00", f(new Interval(36, 2, 13 * hour + 2 * 60_000_000L), "INTERVAL"));
        assertEquals("10 years 5 months 13:00:00.000024", f(new Interval(125, 0, 13 * hour + 24), "INTERVAL"));
        assertEquals("48:24:11", f(new Interval(0, 0, 48 * hour + 24 * 60_000_000L + 11_000_000L), "INTERVAL"));
        assertEquals("00:18:00.024", f(new Interval(0, 0, 18 * 60_000_000L + 24_000), "INTERVAL"));
        assertEquals("3 years 5 days", f(new Interval(36, 5, 0), "INTERVAL"));
        assertEquals("82:00:00.1", f(new Interval(0, 0, 82 * hour + 100_000), "INTERVAL"));
        assertEquals("1 year 1 month 1 day", f(new Interval(13, 1, 0), "INTERVAL"));
        assertEquals("00:00:00", f(new Interval(0, 0, 0), "INTERVAL"));
    }

    @Test
    void nestedValues() {
        assertEquals("[10,5]", f(List.of(10L, 5L), "INT64[]"));
        assertEquals("[Aida]", f(List.of("Aida"), "STRING[]"));
        assertEquals("[[10,8],[6,7,8]]", f(List.of(List.of(10L, 8L), List.of(6L, 7L, 8L)), "INT64[][]"));
        assertEquals("[10.000000,5.000000]", f(List.of(10.0, 5.0), "DOUBLE[]"));
        assertEquals("[1,,3]", f(Arrays.asList(1L, null, 3L), "INT64[]"));
        LogicalType state = LogicalType.parse(
                "STRUCT(revenue INT16, location STRING[], stock STRUCT(price INT64[], volume INT64))");
        StructValue value = new StructValue(List.of("revenue", "location", "stock"), List.of(138L,
                List.of("'toronto'", "'montr,eal'"), new StructValue(List.of("price", "volume"),
                        List.of(List.of(96L, 56L), 1000L))));
        assertEquals("{revenue: 138, location: ['toronto','montr,eal'], stock: {price: [96,56], volume: 1000}}",
                ValueFormatter.format(value, state));
        assertEquals("{a: }", f(new StructValue(List.of("a"), Arrays.asList((Object) null)), "STRUCT(a INT64)"));
        assertEquals("{audience1=52, audience53=42}",
                f(new MapValue(List.of("audience1", "audience53"), List.of(52L, 42L)), "MAP(STRING, INT64)"));
        assertEquals("{}", f(new MapValue(List.of(), List.of()), "MAP(STRING, INT64)"));
        assertEquals("8.989000", f(new UnionValue("grade1", 8.989), "UNION(credit BOOL, grade1 DOUBLE, grade2 INT64)"));
        assertEquals("True", f(new UnionValue("credit", true), "UNION(credit BOOL, grade1 DOUBLE, grade2 INT64)"));
    }

    @Test
    void nodesRelsAndPaths() {
        StructValue a = new StructValue(List.of("_ID", "_LABEL", "ID", "name"),
                List.of(new InternalId(0, 0), "A", 0L, "A"));
        StructValue b = new StructValue(List.of("_ID", "_LABEL", "ID", "name", "age"),
                Arrays.asList(new InternalId(0, 1), "A", 1L, "B", null));
        StructValue x = new StructValue(List.of("_SRC", "_DST", "_LABEL", "_ID"),
                List.of(new InternalId(0, 0), new InternalId(0, 1), "X", new InternalId(1, 0)));
        assertEquals("{_ID: 0:1, _LABEL: A, ID: 1, name: B}", ValueFormatter.format(b, LogicalType.NODE));
        assertEquals("(0:0)-{_LABEL: X, _ID: 1:0}->(0:1)", ValueFormatter.format(x, LogicalType.REL));
        StructValue path = new StructValue(List.of("_NODES", "_RELS"), List.of(List.of(a, b), List.of(x)));
        assertEquals("{_NODES: [{_ID: 0:0, _LABEL: A, ID: 0, name: A},{_ID: 0:1, _LABEL: A, ID: 1, name: B}], "
                + "_RELS: [(0:0)-{_LABEL: X, _ID: 1:0}->(0:1)]}", ValueFormatter.format(path, LogicalType.RECURSIVE_REL));
    }
}
