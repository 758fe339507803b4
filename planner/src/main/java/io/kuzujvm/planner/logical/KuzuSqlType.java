package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.BasicSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A Calcite type that carries a Kùzu type Calcite has no exact equivalent for (UINT*,
 * INT128, SERIAL, INTERNAL_ID, the TIMESTAMP variants, INTERVAL, UUID, JSON, fixed-size
 * ARRAY, UNION, NODE, REL, RECURSIVE_REL). Its SQL type name is the closest Calcite one,
 * so type families and numeric checks still work; its digest names the Kùzu type, so
 * distinct Kùzu types stay distinct Calcite types.
 */
public final class KuzuSqlType extends BasicSqlType {

    private final LogicalType kuzuType;

    KuzuSqlType(RelDataTypeSystem typeSystem, SqlTypeName sqlTypeName, LogicalType kuzuType, boolean nullable) {
        super(typeSystem, sqlTypeName, nullable);
        this.kuzuType = kuzuType;
        computeDigest();
    }

    public LogicalType kuzuType() {
        return kuzuType;
    }

    @Override
    public BasicSqlType createWithNullability(boolean nullable) {
        return nullable == isNullable() ? this : new KuzuSqlType(typeSystem, getSqlTypeName(), kuzuType, nullable);
    }

    @Override
    protected void generateTypeString(StringBuilder sb, boolean withDetail) {
        sb.append("KUZU ");
        if (kuzuType != null) { // null while the super constructor computes a first digest
            appendType(sb, kuzuType);
        }
    }

    /**
     * The Kùzu type with the fields of NODE, REL and RECURSIVE_REL types, which their names do
     * not show: Calcite keeps one type per digest, so types with different fields need different ones.
     */
    private static void appendType(StringBuilder sb, LogicalType type) {
        switch (type.id()) {
            case LIST -> {
                sb.append("LIST(");
                appendType(sb, type.elementType());
                sb.append(')');
            }
            case NODE, REL, RECURSIVE_REL -> {
                sb.append(type.id()).append('(');
                for (int i = 0; i < type.children().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(type.fieldNames().get(i)).append(' ');
                    appendType(sb, type.children().get(i));
                }
                sb.append(')');
            }
            default -> sb.append(type);
        }
    }
}
