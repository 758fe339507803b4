package io.kuzujvm.engine.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Kùzu data type. Nested types carry their children: LIST and ARRAY their element
 * type, MAP its key and value types, STRUCT, UNION and RECURSIVE_REL their field types
 * (named by {@code fieldNames}); NODE and REL may carry their fields too (see {@link #entity}). DECIMAL carries {@code precision} and {@code scale},
 * ARRAY its element count in {@code size}; the parameters are 0 for other types.
 */
public record LogicalType(TypeId id, List<LogicalType> children, List<String> fieldNames,
                          int size, int precision, int scale) {

    /** DECIMAL without parameters, as Kùzu defaults it. */
    public static final int DEFAULT_DECIMAL_PRECISION = 18;
    public static final int DEFAULT_DECIMAL_SCALE = 3;

    public static final LogicalType ANY = of(TypeId.ANY);
    public static final LogicalType BOOL = of(TypeId.BOOL);
    public static final LogicalType INT8 = of(TypeId.INT8);
    public static final LogicalType INT16 = of(TypeId.INT16);
    public static final LogicalType INT32 = of(TypeId.INT32);
    public static final LogicalType INT64 = of(TypeId.INT64);
    public static final LogicalType INT128 = of(TypeId.INT128);
    public static final LogicalType UINT8 = of(TypeId.UINT8);
    public static final LogicalType UINT16 = of(TypeId.UINT16);
    public static final LogicalType UINT32 = of(TypeId.UINT32);
    public static final LogicalType UINT64 = of(TypeId.UINT64);
    public static final LogicalType FLOAT = of(TypeId.FLOAT);
    public static final LogicalType DOUBLE = of(TypeId.DOUBLE);
    public static final LogicalType STRING = of(TypeId.STRING);
    public static final LogicalType BLOB = of(TypeId.BLOB);
    public static final LogicalType UUID = of(TypeId.UUID);
    public static final LogicalType DATE = of(TypeId.DATE);
    public static final LogicalType TIMESTAMP = of(TypeId.TIMESTAMP);
    public static final LogicalType TIMESTAMP_TZ = of(TypeId.TIMESTAMP_TZ);
    public static final LogicalType TIMESTAMP_NS = of(TypeId.TIMESTAMP_NS);
    public static final LogicalType TIMESTAMP_MS = of(TypeId.TIMESTAMP_MS);
    public static final LogicalType TIMESTAMP_SEC = of(TypeId.TIMESTAMP_SEC);
    public static final LogicalType INTERVAL = of(TypeId.INTERVAL);
    public static final LogicalType JSON = of(TypeId.JSON);
    public static final LogicalType NODE = of(TypeId.NODE);
    public static final LogicalType REL = of(TypeId.REL);
    public static final LogicalType RECURSIVE_REL = recursiveRel(NODE, REL);
    public static final LogicalType INTERNAL_ID = of(TypeId.INTERNAL_ID);
    public static final LogicalType SERIAL = of(TypeId.SERIAL);

    public LogicalType {
        children = List.copyOf(children);
        fieldNames = List.copyOf(fieldNames);
    }

    /** A type without children or parameters (RECURSIVE_REL gets its two fields). */
    public static LogicalType of(TypeId id) {
        if (id == TypeId.RECURSIVE_REL && RECURSIVE_REL != null) {
            return RECURSIVE_REL;
        }
        if (id == TypeId.DECIMAL) {
            return decimal(DEFAULT_DECIMAL_PRECISION, DEFAULT_DECIMAL_SCALE);
        }
        return new LogicalType(id, List.of(), List.of(), 0, 0, 0);
    }

    public static LogicalType list(LogicalType element) {
        return new LogicalType(TypeId.LIST, List.of(element), List.of(), 0, 0, 0);
    }

    public static LogicalType array(LogicalType element, int size) {
        return new LogicalType(TypeId.ARRAY, List.of(element), List.of(), size, 0, 0);
    }

    public static LogicalType decimal(int precision, int scale) {
        return new LogicalType(TypeId.DECIMAL, List.of(), List.of(), 0, precision, scale);
    }

    public static LogicalType map(LogicalType key, LogicalType value) {
        return new LogicalType(TypeId.MAP, List.of(key, value), List.of(), 0, 0, 0);
    }

    public static LogicalType struct(List<String> names, List<LogicalType> types) {
        return struct(TypeId.STRUCT, names, types);
    }

    /**
     * A NODE or REL type that knows the fields of its values (_ID, _LABEL, ... then the
     * properties), as the nodes and rels of a path do; it prints as NODE or REL.
     */
    public static LogicalType entity(TypeId kind, List<String> names, List<LogicalType> types) {
        return struct(kind, names, types);
    }

    /** A path: {@code {_NODES: nodes[], _RELS: rels[]}}. */
    public static LogicalType recursiveRel(LogicalType node, LogicalType rel) {
        return struct(TypeId.RECURSIVE_REL, List.of("_NODES", "_RELS"), List.of(list(node), list(rel)));
    }

    public static LogicalType union(List<String> names, List<LogicalType> types) {
        return struct(TypeId.UNION, names, types);
    }

    private static LogicalType struct(TypeId id, List<String> names, List<LogicalType> types) {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException("field names and types differ in number");
        }
        return new LogicalType(id, types, names, 0, 0, 0);
    }

    /** Parses a type as written in DDL or CAST (case-insensitive), e.g. {@code STRUCT(a INT64, b STRING[])}. */
    public static LogicalType parse(String name) {
        return TypeNameParser.parse(name);
    }

    public PhysicalType physicalType() {
        return id.physicalType();
    }

    /** The element type of a LIST or ARRAY. */
    public LogicalType elementType() {
        return children.get(0);
    }

    /** The key type of a MAP. */
    public LogicalType keyType() {
        return children.get(0);
    }

    /** The value type of a MAP. */
    public LogicalType valueType() {
        return children.get(1);
    }

    /** The type of a STRUCT or UNION field, or null when there is no such field (names compare case-insensitively). */
    public LogicalType fieldType(String name) {
        int index = fieldIndex(name);
        return index < 0 ? null : children.get(index);
    }

    public int fieldIndex(String name) {
        for (int i = 0; i < fieldNames.size(); i++) {
            if (fieldNames.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isNumeric() {
        return switch (id) {
            case INT8, INT16, INT32, INT64, INT128, UINT8, UINT16, UINT32, UINT64, FLOAT, DOUBLE, DECIMAL, SERIAL -> true;
            default -> false;
        };
    }

    /** True for the integer types (held as Long or, for INT128 and UINT64, BigInteger). */
    public boolean isInteger() {
        return switch (id) {
            case INT8, INT16, INT32, INT64, INT128, UINT8, UINT16, UINT32, UINT64, SERIAL -> true;
            default -> false;
        };
    }

    /** True for TIMESTAMP and its unit and time-zone variants. */
    public boolean isTimestamp() {
        return switch (id) {
            case TIMESTAMP, TIMESTAMP_TZ, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_SEC -> true;
            default -> false;
        };
    }

    /** The type name as Kùzu prints it: {@code INT64[]}, {@code INT64[4]}, {@code DECIMAL(10, 2)}, ... */
    @Override
    public String toString() {
        return switch (id) {
            case LIST -> elementType() + "[]";
            case ARRAY -> elementType() + "[" + size + "]";
            case DECIMAL -> "DECIMAL(" + precision + ", " + scale + ")";
            case MAP -> "MAP(" + keyType() + ", " + valueType() + ")";
            case STRUCT, UNION -> id.name() + "(" + fields() + ")";
            default -> id.name();
        };
    }

    private String fields() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            parts.add(fieldNames.get(i) + " " + children.get(i));
        }
        return String.join(", ", parts);
    }

    /** The canonical name of a type id or alias, or null when it names no type. */
    static TypeId idForName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "INT", "INTEGER", "INT4" -> TypeId.INT32;
            case "BIGINT", "LONG" -> TypeId.INT64;
            case "SMALLINT", "SHORT", "INT2" -> TypeId.INT16;
            case "TINYINT" -> TypeId.INT8;
            case "HUGEINT" -> TypeId.INT128;
            case "UBIGINT" -> TypeId.UINT64;
            case "UINTEGER" -> TypeId.UINT32;
            case "USMALLINT" -> TypeId.UINT16;
            case "UTINYINT" -> TypeId.UINT8;
            case "BOOLEAN" -> TypeId.BOOL;
            case "REAL", "FLOAT4" -> TypeId.FLOAT;
            case "FLOAT8" -> TypeId.DOUBLE;
            case "BYTEA" -> TypeId.BLOB;
            case "NUMERIC" -> TypeId.DECIMAL;
            case "VARCHAR", "TEXT" -> TypeId.STRING;
            case "TIMESTAMP_S" -> TypeId.TIMESTAMP_SEC;
            default -> {
                try {
                    yield TypeId.valueOf(upper);
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }
}
