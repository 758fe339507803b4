package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.SqlCollation;
import org.apache.calcite.sql.type.SqlTypeName;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps Kùzu's logical types to Calcite's relational types and back without loss:
 * {@code toLogical(toRel(t)).equals(t)} for every type. Types Calcite has use its own
 * (DECIMAL(p, s), TIMESTAMP(6), VARBINARY, arrays for LIST, maps, structs); the others
 * become a {@link KuzuSqlType} carrying the Kùzu type.
 */
public final class KuzuTypes {

    /** Kùzu's timestamps have microseconds. */
    public static final int TIMESTAMP_PRECISION = 6;


    /** Kùzu's DECIMAL goes up to 38 digits. */
    private static final int MAX_DECIMAL_PRECISION = 38;

    private static final RelDataTypeSystem TYPE_SYSTEM = new RelDataTypeSystemImpl() {
        @Override
        public int getMaxPrecision(SqlTypeName typeName) {
            return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxPrecision(typeName);
        }

        @Override
        public int getMaxScale(SqlTypeName typeName) {
            return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxScale(typeName);
        }
    };

    private static final JavaTypeFactory TYPE_FACTORY = new JavaTypeFactoryImpl(TYPE_SYSTEM);

    private KuzuTypes() {
    }

    public static JavaTypeFactory typeFactory() {
        return TYPE_FACTORY;
    }

    /** The nullable Calcite type for a Kùzu type. */
    public static RelDataType toRel(LogicalType type) {
        return TYPE_FACTORY.createTypeWithNullability(nonNullRel(type), true);
    }

    private static RelDataType nonNullRel(LogicalType type) {
        return switch (type.id()) {
            case BOOL -> TYPE_FACTORY.createSqlType(SqlTypeName.BOOLEAN);
            case INT8 -> TYPE_FACTORY.createSqlType(SqlTypeName.TINYINT);
            case INT16 -> TYPE_FACTORY.createSqlType(SqlTypeName.SMALLINT);
            case INT32 -> TYPE_FACTORY.createSqlType(SqlTypeName.INTEGER);
            case INT64 -> TYPE_FACTORY.createSqlType(SqlTypeName.BIGINT);
            case FLOAT -> TYPE_FACTORY.createSqlType(SqlTypeName.REAL);
            case DOUBLE -> TYPE_FACTORY.createSqlType(SqlTypeName.DOUBLE);
            case DECIMAL -> TYPE_FACTORY.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
            // Kùzu's strings are UTF-8; Calcite's default character set (ISO-8859-1) cannot hold them all.
            case STRING -> TYPE_FACTORY.createTypeWithCharsetAndCollation(
                    TYPE_FACTORY.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), StandardCharsets.UTF_8,
                    SqlCollation.IMPLICIT);
            case BLOB -> TYPE_FACTORY.createSqlType(SqlTypeName.VARBINARY, Integer.MAX_VALUE);
            case DATE -> TYPE_FACTORY.createSqlType(SqlTypeName.DATE);
            case TIMESTAMP -> TYPE_FACTORY.createSqlType(SqlTypeName.TIMESTAMP, TIMESTAMP_PRECISION);
            case LIST -> TYPE_FACTORY.createArrayType(toRel(type.elementType()), -1);
            case MAP -> TYPE_FACTORY.createMapType(toRel(type.keyType()), toRel(type.valueType()));
            case STRUCT -> TYPE_FACTORY.createStructType(StructKind.PEEK_FIELDS_NO_EXPAND,
                    type.children().stream().map(KuzuTypes::toRel).toList(), type.fieldNames());
            case ANY -> TYPE_FACTORY.createSqlType(SqlTypeName.NULL);
            case UINT8, UINT16, UINT32, UINT64, INT128, SERIAL, INTERNAL_ID -> custom(SqlTypeName.BIGINT, type);
            case TIMESTAMP_TZ, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC -> custom(SqlTypeName.TIMESTAMP, type);
            case JSON -> custom(SqlTypeName.VARCHAR, type);
            case INTERVAL, UUID, ARRAY, UNION, NODE, REL, RECURSIVE_REL -> custom(SqlTypeName.OTHER, type);
        };
    }

    private static RelDataType custom(SqlTypeName sqlTypeName, LogicalType type) {
        return new KuzuSqlType(TYPE_SYSTEM, sqlTypeName, type, false);
    }

    /** The Kùzu type for a Calcite type (from the planner or from an attached database's schema). */
    public static LogicalType toLogical(RelDataType type) {
        if (type instanceof KuzuSqlType kuzu) {
            return kuzu.kuzuType();
        }
        if (type.isStruct()) {
            List<String> names = new ArrayList<>();
            List<LogicalType> types = new ArrayList<>();
            for (RelDataTypeField field : type.getFieldList()) {
                names.add(field.getName());
                types.add(toLogical(field.getType()));
            }
            return LogicalType.struct(names, types);
        }
        return switch (type.getSqlTypeName()) {
            case BOOLEAN -> LogicalType.BOOL;
            case TINYINT -> LogicalType.INT8;
            case SMALLINT -> LogicalType.INT16;
            case INTEGER -> LogicalType.INT32;
            case BIGINT -> LogicalType.INT64;
            case REAL, FLOAT -> LogicalType.FLOAT;
            case DOUBLE -> LogicalType.DOUBLE;
            case DECIMAL -> LogicalType.decimal(type.getPrecision(), Math.max(0, type.getScale()));
            case CHAR, VARCHAR -> LogicalType.STRING;
            case DATE -> LogicalType.DATE;
            case TIMESTAMP -> LogicalType.TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> LogicalType.TIMESTAMP_TZ;
            case BINARY, VARBINARY -> LogicalType.BLOB;
            case UUID -> LogicalType.UUID;
            case ARRAY -> LogicalType.list(toLogical(type.getComponentType()));
            case MAP -> LogicalType.map(toLogical(type.getKeyType()), toLogical(type.getValueType()));
            case NULL -> LogicalType.ANY;
            default -> throw KuzuException.notImplemented("Column type " + type.getFullTypeString());
        };
    }
}
