package io.kuzujvm.engine.types;

/** Kùzu's logical type identifiers, with the name Kùzu prints for each. */
public enum TypeId {
    ANY(PhysicalType.OBJECT),
    BOOL(PhysicalType.BOOL),
    INT8(PhysicalType.LONG),
    INT16(PhysicalType.LONG),
    INT32(PhysicalType.LONG),
    INT64(PhysicalType.LONG),
    INT128(PhysicalType.OBJECT),
    UINT8(PhysicalType.LONG),
    UINT16(PhysicalType.LONG),
    UINT32(PhysicalType.LONG),
    UINT64(PhysicalType.OBJECT),
    FLOAT(PhysicalType.DOUBLE),
    DOUBLE(PhysicalType.DOUBLE),
    DECIMAL(PhysicalType.OBJECT),
    SERIAL(PhysicalType.LONG),
    STRING(PhysicalType.OBJECT),
    BLOB(PhysicalType.OBJECT),
    UUID(PhysicalType.OBJECT),
    DATE(PhysicalType.OBJECT),
    TIMESTAMP(PhysicalType.OBJECT),
    TIMESTAMP_TZ(PhysicalType.OBJECT),
    TIMESTAMP_NS(PhysicalType.OBJECT),
    TIMESTAMP_MS(PhysicalType.OBJECT),
    TIMESTAMP_SEC(PhysicalType.OBJECT),
    INTERVAL(PhysicalType.OBJECT),
    LIST(PhysicalType.OBJECT),
    ARRAY(PhysicalType.OBJECT),
    STRUCT(PhysicalType.OBJECT),
    MAP(PhysicalType.OBJECT),
    UNION(PhysicalType.OBJECT),
    JSON(PhysicalType.OBJECT),
    NODE(PhysicalType.OBJECT),
    REL(PhysicalType.OBJECT),
    RECURSIVE_REL(PhysicalType.OBJECT),
    INTERNAL_ID(PhysicalType.LONG);

    private final PhysicalType physicalType;

    TypeId(PhysicalType physicalType) {
        this.physicalType = physicalType;
    }

    /** How values of this type are held in a {@link io.kuzujvm.engine.vector.ValueVector}. */
    public PhysicalType physicalType() {
        return physicalType;
    }
}
