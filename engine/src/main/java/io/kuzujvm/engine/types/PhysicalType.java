package io.kuzujvm.engine.types;

/** The storage layout of a vector: primitive arrays for fixed-size scalars, objects for the rest. */
public enum PhysicalType {
    BOOL,
    LONG,
    DOUBLE,
    OBJECT
}
