package io.kuzujvm.engine.types;

import java.util.List;

/** A STRUCT value (also the value of a NODE or REL): field names and values in order. */
public record StructValue(List<String> names, List<Object> values) {

    public StructValue {
        names = List.copyOf(names);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
