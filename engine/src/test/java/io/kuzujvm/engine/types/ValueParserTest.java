package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueParserTest {

    private static Object p(String text, String type) {
        return ValueParser.parse(text, LogicalType.parse(type));
    }

    private static String error(String text, String type) {
        return assertThrows(KuzuException.class, () -> p(text, type)).getMessage();
    }

    @Test
    void numbers() {
        assertEquals(35L, p(" 35 ", "INT64"));
        assertEquals(-128L, p("-128", "INT8"));
        assertEquals(255L, p("255", "UINT8"));
        assertEquals(new BigInteger("18446744073709551615"), p("18446744073709551615", "UINT64"));
        assertEquals(new BigInteger("-1844674407370955161511"), p("-1844674407370955161511", "INT128"));
        assertEquals(5.1, p("5.1", "DOUBLE"));
        assertEquals((double) 1.731f, p("1.731", "FLOAT"));
        assertEquals(new BigDecimal("123.13"), p("123.125", "DECIMAL(18, 2)"));
        assertEquals(true, p("True", "BOOL"));
        assertEquals(false, p("f", "BOOLEAN"));
        assertEquals("Conversion exception: Cast failed. Could not convert \"5a\" to INT16.", error("5a", "INT16"));
        assertEquals("Conversion exception: Cast failed. Could not convert \"128\" to INT8.", error("128", "INT8"));
        assertEquals("Conversion exception: Cast failed. Could not convert \"-1\" to UINT32.", error("-1", "UINT32"));
        assertEquals("Conversion exception: Cast failed. Could not convert \"1.5.\" to DOUBLE.", error("1.5.", "DOUBLE"));
    }

    @Test
    void datesAndTimestamps() {
        assertEquals(LocalDate.of(1900, 1, 1), p("1900-01-01", "DATE"));
        assertEquals(LocalDate.of(2011, 1, 2), p("2011/1/2", "DATE"));
        assertEquals("Conversion exception: Error occurred during parsing date. Given: \"2012\". Expected format: "
                + "(YYYY-MM-DD)", error("2012", "DATE"));
        assertEquals("Conversion exception: Date out of range: 2011-1-32.", error("2011-1-32", "DATE"));
        assertEquals(LocalDateTime.of(2011, 8, 20, 11, 25, 30), p("2011-08-20 11:25:30Z+00:00", "TIMESTAMP"));
        assertEquals(LocalDateTime.of(2008, 11, 3, 15, 25, 30, 526_000), p("2008-11-03 13:25:30.000526-02:00",
                "TIMESTAMP"));
        assertEquals(LocalDateTime.of(1986, 10, 21, 21, 8, 31, 521_000_000), p("1986-10-21T21:08:31.521", "TIMESTAMP"));
        assertEquals(LocalDateTime.of(2021, 6, 30, 0, 0), p("2021-06-30", "TIMESTAMP"));
        assertEquals(LocalDateTime.of(2011, 2, 11, 16, 44, 22, 123_000_000), p("2011-02-11 16:44:22.1234567",
                "TIMESTAMP_MS"));
        assertEquals(LocalDateTime.of(2011, 2, 11, 16, 44, 22, 123_456_700), p("2011-02-11 16:44:22.1234567",
                "TIMESTAMP_NS"));
        assertEquals(LocalDateTime.of(2011, 2, 11, 16, 44, 22), p("2011-02-11 16:44:22.1234567", "TIMESTAMP_SEC"));
        assertEquals(OffsetDateTime.of(2011, 2, 11, 8, 44, 22, 0, ZoneOffset.UTC), p("2011-02-11 16:44:22+08",
                "TIMESTAMP_TZ"));
        for (String bad : List.of("2112-08 08:21:23.005612", "2112-08-0", "2112-08-04 08:23.005612",
                "2112-08-21 08:21:23.005612Z+021", "2112-08-21 08:21:23.005612Z+02:100",
                "2112-08-21 08:21:23.005612Z02:00", "1992-04-28T09:33:56-XX:DD")) {
            assertEquals("Conversion exception: Error occurred during parsing TIMESTAMP. Given: \"" + bad
                    + "\". Expected format: (YYYY-MM-DD hh:mm:ss[.zzzzzz][+-TT[:tt]])", error(bad, "TIMESTAMP"));
        }
    }

    @Test
    void intervals() {
        long hour = 3_600_000_000L;
        assertEquals(new Interval(36, 2, 13 * hour + 2 * 60_000_000L), p("3 years 2 days 13 hours 2 minutes",
                "INTERVAL"));
        assertEquals(new Interval(125, 0, 13 * hour + 24), p("10 years 5 months 13 hours 24 us", "INTERVAL"));
        assertEquals(new Interval(0, 40, 30 * hour), p("30 hours 40 days", "INTERVAL"));
        assertEquals(new Interval(0, 0, 48 * hour + 24 * 60_000_000L + 11_000_000L), p("48:24:11", "INTERVAL"));
        assertEquals(new Interval(0, 1, 12 * hour), p("1.5 days", "INTERVAL"));
        assertEquals(new Interval(312, 52, 48 * hour), p("26 years 52 days 48:00:00", "INTERVAL"));
        assertEquals("Conversion exception: Error occurred during parsing interval. Given: \"years\".",
                error("years", "INTERVAL"));
        assertEquals("Conversion exception: Error occurred during parsing interval. Given empty string.",
                error("", "INTERVAL"));
        assertEquals("Conversion exception: Error occurred during parsing interval. Field name is missing.",
                error("10", "INTERVAL"));
        assertEquals("Conversion exception: Unrecognized interval specifier string: minutes20.",
                error("2 minutes20", "INTERVAL"));
        assertEquals("Conversion exception: Error occurred during parsing interval. Given: "
                + "\"20 years 30 months 20 days minutes\".", error("20 years 30 months 20 days minutes", "INTERVAL"));
        assertEquals("Conversion exception: Error occurred during parsing time. Given: \"12:00:00 abcd\".",
                error("12:00:00 abcd", "INTERVAL"));
    }

    @Test
    void uuidAndBlob() {
        UUID u = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12");
        assertEquals(u, p("{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}", "UUID"));
        assertEquals(u, p("A0EEBC999C0B4EF8BB6D6BB9BD380A12", "UUID"));
        assertEquals("Conversion exception: Invalid UUID: 0", error("0", "UUID"));
        assertArrayEquals(new byte[] {(byte) 0xAA, (byte) 0xAB, 'a', 0x0B}, (byte[]) p("\\xAA\\xABa\\x0B", "BLOB"));
    }

    @Test
    void nestedValues() {
        assertEquals(List.of(10L, 5L), p("[10,5]", "INT64[]"));
        assertEquals(List.of(), p("[]", "INT64[]"));
        assertEquals(Arrays.asList(1L, null, 3L), p("[1,,3]", "INT64[]"));
        assertEquals(Arrays.asList(1L, null), p("[1, null]", "INT64[]"));
        assertEquals(List.of(List.of(10L, 8L), List.of(6L, 7L, 8L)), p("[[10,8],[6,7,8]]", "INT64[][]"));
        assertEquals(List.of("rnme", "m8sihsdnf2990nfiwf"), p("[rnme,m8sihsdnf2990nfiwf]", "STRING[]"));
        assertEquals(List.of("'toronto'", "'montr,eal'"), p("['toronto', 'montr,eal']", "STRING[]"));
        assertEquals(List.of(96L, 54L, 86L, 92L), p("[96,54,86,92]", "INT64[4]"));
        assertEquals("Copy exception: Each array should have fixed number of elements. Expected: 4, Actual: 3.",
                error("[1,2,3]", "INT64[4]"));
        assertEquals("Conversion exception: Cast failed. [1,2 is not in INT64[] range.", error("[1,2", "INT64[]"));

        LogicalType state = LogicalType.parse(
                "STRUCT(revenue INT16, location STRING[], stock STRUCT(price INT64[], volume INT64))");
        Object value = ValueParser.parse(
                "{'revenue': 138, location: ['toronto', 'montr,eal'], stock: {price: [96, 56], volume: 1000}}", state);
        assertEquals("{revenue: 138, location: ['toronto','montr,eal'], stock: {price: [96,56], volume: 1000}}",
                ValueFormatter.format(value, state));
        assertEquals(new StructValue(List.of("a", "b"), Arrays.asList(1L, null)), p("{a: 1}", "STRUCT(a INT64, b STRING)"));
        assertEquals("Parser exception: Invalid struct field name: c", error("{c: 1}", "STRUCT(a INT64)"));

        assertEquals(new MapValue(List.of("a"), List.of("b")), p("{a=b}", "MAP(STRING, STRING)"));
        assertEquals(new MapValue(List.of("audience1", "audience53"), List.of(52L, 42L)),
                p("{audience1=52, audience53=42}", "MAP(STRING, INT64)"));
        assertEquals("Conversion exception: Map does not allow duplicate keys.",
                error("{dan=52,dan=42}", "MAP(STRING, INT64)"));

        assertEquals(new UnionValue("price", 3.12), p("3.12", "UNION(price DOUBLE, movein DATE, note STRING)"));
        assertEquals(new UnionValue("movein", LocalDate.of(2023, 12, 15)),
                p("2023-12-15", "UNION(price DOUBLE, movein DATE, note STRING)"));
        assertEquals(new UnionValue("note", "abcd"), p("abcd", "UNION(price DOUBLE, movein DATE, note STRING)"));
        assertEquals("Conversion exception: Could not convert to union type UNION(u UINT8, s INT8): a.",
                error("a", "UNION(u UINT8, s INT8)"));
    }
}
