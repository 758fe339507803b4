package io.kuzujvm.engine.types;

/** A UNION value: the tag of the member that is set and its value. */
public record UnionValue(String tag, Object value) {
}
