package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeName;

/** Maps Kùzu's logical types to Calcite's relational types and back. */
public final class KuzuTypes {

    /** Kùzu's timestamps have microseconds. */
    public static final int TIMESTAMP_PRECISION = 6;

    private static final JavaTypeFactory TYPE_FACTORY = new JavaTypeFactoryImpl(RelDataTypeSystem.DEFAULT);

    private KuzuTypes() {
    }

    public static JavaTypeFactory typeFactory() {
        return TYPE_FACTORY;
    }

    /** The nullable Calcite type for a Kùzu type. */
    public static RelDataType toRel(LogicalType type) {
        SqlTypeName name = switch (type.id()) {
            case BOOL -> SqlTypeName.BOOLEAN;
            case INT8 -> SqlTypeName.TINYINT;
            case INT16 -> SqlTypeName.SMALLINT;
            case INT32 -> SqlTypeName.INTEGER;
            case INT64, SERIAL, INTERNAL_ID, UINT8, UINT16, UINT32 -> SqlTypeName.BIGINT;
            case FLOAT -> SqlTypeName.REAL;
            case DOUBLE -> SqlTypeName.DOUBLE;
            case STRING -> SqlTypeName.VARCHAR;
            case DATE -> SqlTypeName.DATE;
            case TIMESTAMP -> SqlTypeName.TIMESTAMP;
            case BLOB -> SqlTypeName.VARBINARY;
            case ANY -> SqlTypeName.NULL;
            default -> throw KuzuException.notImplemented("Data type " + type + " in queries");
        };
        RelDataType relType = switch (name) {
            case VARCHAR, VARBINARY -> TYPE_FACTORY.createSqlType(name, Integer.MAX_VALUE);
            case TIMESTAMP -> TYPE_FACTORY.createSqlType(name, TIMESTAMP_PRECISION);
            default -> TYPE_FACTORY.createSqlType(name);
        };
        return TYPE_FACTORY.createTypeWithNullability(relType, true);
    }

    /** The Kùzu type for a Calcite type (from the planner or from an attached database's schema). */
    public static LogicalType toLogical(RelDataType type) {
        return switch (type.getSqlTypeName()) {
            case BOOLEAN -> LogicalType.BOOL;
            case TINYINT -> LogicalType.INT8;
            case SMALLINT -> LogicalType.INT16;
            case INTEGER -> LogicalType.INT32;
            case BIGINT -> LogicalType.INT64;
            case REAL, FLOAT -> LogicalType.FLOAT;
            case DOUBLE -> LogicalType.DOUBLE;
            case CHAR, VARCHAR -> LogicalType.STRING;
            case DATE -> LogicalType.DATE;
            case TIMESTAMP -> LogicalType.TIMESTAMP;
            case BINARY, VARBINARY -> LogicalType.of(io.kuzujvm.engine.types.TypeId.BLOB);
            case NULL -> LogicalType.ANY;
            default -> throw KuzuException.notImplemented("Column type " + type.getFullTypeString());
        };
    }
}
