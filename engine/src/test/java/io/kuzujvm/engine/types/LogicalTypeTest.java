package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogicalTypeTest {

    @Test
    void parsesAndPrintsKuzuTypeNames() {
        for (String name : List.of("INT64", "INT64[]", "STRING[][]", "INT64[4]", "INT64[][3]", "DECIMAL(10, 2)",
                "STRUCT(a INT64, b STRING[])", "MAP(STRING, INT64)", "UNION(a INT64, b STRING)", "UUID",
                "TIMESTAMP_TZ", "TIMESTAMP_NS", "INTERVAL", "BLOB", "UINT64", "INT128", "SERIAL", "JSON",
                "STRUCT(revenue INT16, location STRING[], stock STRUCT(price INT64[], volume INT64))")) {
            assertEquals(name, LogicalType.parse(name).toString());
        }
    }

    @Test
    void aliasesAndCaseAreAccepted() {
        assertEquals(LogicalType.INT32, LogicalType.parse("integer"));
        assertEquals(LogicalType.INT32, LogicalType.parse("INt"));
        assertEquals(LogicalType.INT64, LogicalType.parse("BIGINT"));
        assertEquals(LogicalType.BOOL, LogicalType.parse("BoOLEAN"));
        assertEquals(LogicalType.BLOB, LogicalType.parse("bytea"));
        assertEquals(LogicalType.list(LogicalType.INT64), LogicalType.parse("int64 []"));
        assertEquals("DECIMAL(18, 3)", LogicalType.parse("decimal").toString());
        assertEquals("DECIMAL(5, 0)", LogicalType.parse("DECIMAL(5)").toString());
        assertEquals(LogicalType.union(List.of("credit", "grade1"), List.of(LogicalType.BOOL, LogicalType.DOUBLE)),
                LogicalType.parse("union(credit boolean, grade1 double)"));
    }

    @Test
    void equalityLooksAtChildrenAndParameters() {
        assertEquals(LogicalType.array(LogicalType.INT64, 4), LogicalType.parse("INT64[4]"));
        assertEquals(false, LogicalType.parse("INT64[4]").equals(LogicalType.parse("INT64[3]")));
        assertEquals(false, LogicalType.parse("DECIMAL(10, 2)").equals(LogicalType.parse("DECIMAL(10, 3)")));
    }

    @Test
    void unknownTypesAreCatalogErrors() {
        KuzuException e = assertThrows(KuzuException.class, () -> LogicalType.parse("FOO"));
        assertEquals("Catalog exception: FOO is not a supported data type.", e.getMessage());
    }
}
