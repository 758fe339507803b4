package io.kuzujvm.engine.catalog;

import io.kuzujvm.engine.types.LogicalType;

/**
 * A column of a table: its name as written in DDL, its type and its DEFAULT expression
 * (the Cypher text as written, or null when the column has none and defaults to NULL).
 */
public record Property(String name, LogicalType type, String defaultExpression) {

    public Property(String name, LogicalType type) {
        this(name, type, null);
    }

    /** The same column under another name. */
    public Property withName(String newName) {
        return new Property(newName, type, defaultExpression);
    }
}
