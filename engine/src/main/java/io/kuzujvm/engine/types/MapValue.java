package io.kuzujvm.engine.types;

import java.util.List;

/** A MAP value: keys and values in insertion order. */
public record MapValue(List<Object> keys, List<Object> values) {

    public MapValue {
        keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
