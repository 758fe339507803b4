package io.kuzujvm.engine.catalog;

import io.kuzujvm.engine.types.LogicalType;

/** A column of a table: its name as written in DDL and its type. */
public record Property(String name, LogicalType type) {
}
