package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuTypesTest {

    private static List<LogicalType> allTypes() {
        List<LogicalType> types = new ArrayList<>();
        for (TypeId id : TypeId.values()) {
            if (id != TypeId.LIST && id != TypeId.ARRAY && id != TypeId.STRUCT && id != TypeId.MAP
                    && id != TypeId.UNION) {
                types.add(LogicalType.of(id));
            }
        }
        for (String name : List.of("INT64[]", "STRING[][]", "INT64[4]", "DOUBLE[2][]", "UUID[]", "INTERVAL[3]",
                "DECIMAL(10, 2)", "DECIMAL(38, 5)", "STRUCT(a INT64, b STRING[])", "MAP(STRING, INT64)",
                "MAP(UUID, STRUCT(x UINT8))", "UNION(a INT64, b STRING)", "TIMESTAMP_TZ[]",
                "STRUCT(rating DOUBLE, release_ns TIMESTAMP_NS, u64 UINT64, hugedata INT128)")) {
            types.add(LogicalType.parse(name));
        }
        return types;
    }

    @Test
    void everyTypeSurvivesTheRoundTrip() {
        for (LogicalType type : allTypes()) {
            RelDataType rel = KuzuTypes.toRel(type);
            assertTrue(rel.isNullable(), type.toString());
            assertEquals(type, KuzuTypes.toLogical(rel), type.toString());
            RelDataType notNull = KuzuTypes.typeFactory().createTypeWithNullability(rel, false);
            assertEquals(type, KuzuTypes.toLogical(notNull), type + " not null");
        }
    }

    @Test
    void distinctKuzuTypesAreDistinctCalciteTypes() {
        assertNotEquals(KuzuTypes.toRel(LogicalType.INT64), KuzuTypes.toRel(LogicalType.SERIAL));
        assertNotEquals(KuzuTypes.toRel(LogicalType.parse("INT64[3]")), KuzuTypes.toRel(LogicalType.parse("INT64[4]")));
        assertEquals(KuzuTypes.toRel(LogicalType.UINT8), KuzuTypes.toRel(LogicalType.UINT8));
    }

    @Test
    void calciteEquivalentsAreUsedWhereExact() {
        assertEquals(SqlTypeName.DECIMAL, KuzuTypes.toRel(LogicalType.decimal(38, 5)).getSqlTypeName());
        assertEquals(38, KuzuTypes.toRel(LogicalType.decimal(38, 5)).getPrecision());
        assertEquals(SqlTypeName.ARRAY, KuzuTypes.toRel(LogicalType.parse("INT64[]")).getSqlTypeName());
        assertEquals(SqlTypeName.MAP, KuzuTypes.toRel(LogicalType.parse("MAP(STRING, INT64)")).getSqlTypeName());
        assertTrue(KuzuTypes.toRel(LogicalType.parse("STRUCT(a INT64)")).isStruct());
        assertTrue(SqlTypeUtil.isNumeric(KuzuTypes.toRel(LogicalType.SERIAL)), "SERIAL takes part in arithmetic");
    }
}
