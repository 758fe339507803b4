package io.kuzujvm.engine.types;

import io.kuzujvm.engine.common.KuzuException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Kùzu data type. Nested types (LIST, STRUCT, ...) carry their children; the
 * skeleton only needs scalars, so the children list is empty for them.
 */
public record LogicalType(TypeId id, List<LogicalType> children) {

    public static final LogicalType ANY = of(TypeId.ANY);
    public static final LogicalType BOOL = of(TypeId.BOOL);
    public static final LogicalType INT8 = of(TypeId.INT8);
    public static final LogicalType INT16 = of(TypeId.INT16);
    public static final LogicalType INT32 = of(TypeId.INT32);
    public static final LogicalType INT64 = of(TypeId.INT64);
    public static final LogicalType FLOAT = of(TypeId.FLOAT);
    public static final LogicalType DOUBLE = of(TypeId.DOUBLE);
    public static final LogicalType STRING = of(TypeId.STRING);
    public static final LogicalType DATE = of(TypeId.DATE);
    public static final LogicalType TIMESTAMP = of(TypeId.TIMESTAMP);
    public static final LogicalType INTERNAL_ID = of(TypeId.INTERNAL_ID);
    public static final LogicalType SERIAL = of(TypeId.SERIAL);

    /** Type names a user may write in DDL, beside the canonical {@link TypeId} names. */
    private static final Map<String, TypeId> ALIASES = Map.of(
            "INT", TypeId.INT32,
            "INTEGER", TypeId.INT32,
            "BIGINT", TypeId.INT64,
            "SMALLINT", TypeId.INT16,
            "TINYINT", TypeId.INT8,
            "BOOLEAN", TypeId.BOOL,
            "REAL", TypeId.FLOAT,
            "FLOAT4", TypeId.FLOAT,
            "FLOAT8", TypeId.DOUBLE,
            "BYTEA", TypeId.BLOB);

    public LogicalType {
        children = List.copyOf(children);
    }

    public static LogicalType of(TypeId id) {
        return new LogicalType(id, List.of());
    }

    /** Parses a type name as written in DDL (case-insensitive). */
    public static LogicalType parse(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        TypeId alias = ALIASES.get(upper);
        if (alias != null) {
            return of(alias);
        }
        try {
            TypeId id = TypeId.valueOf(upper);
            if (id == TypeId.ANY || id == TypeId.INTERNAL_ID) {
                throw new IllegalArgumentException(upper);
            }
            if (id.physicalType() == PhysicalType.OBJECT && !isSupportedObjectType(id)) {
                throw KuzuException.notImplemented("Data type " + upper);
            }
            return of(id);
        } catch (IllegalArgumentException e) {
            throw new KuzuException(KuzuException.Kind.CATALOG, upper + " is not a supported data type.");
        }
    }

    private static boolean isSupportedObjectType(TypeId id) {
        return switch (id) {
            case STRING, BLOB, UUID, DATE, TIMESTAMP, INT128, UINT64 -> true;
            default -> false;
        };
    }

    public PhysicalType physicalType() {
        return id.physicalType();
    }

    public boolean isNumeric() {
        return switch (id) {
            case INT8, INT16, INT32, INT64, INT128, UINT8, UINT16, UINT32, UINT64, FLOAT, DOUBLE, DECIMAL, SERIAL -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return id.name();
    }
}
