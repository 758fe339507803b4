package io.kuzujvm.engine.storage;

import java.util.HashMap;
import java.util.Map;

/** Maps primary-key values to node offsets. */
final class PrimaryKeyIndex {

    private final Map<Object, Long> offsets = new HashMap<>();

    /** Adds a key; returns false (and changes nothing) when the key is already present. */
    boolean insert(Object key, long offset) {
        return offsets.putIfAbsent(key, offset) == null;
    }

    Long lookup(Object key) {
        return offsets.get(key);
    }

    void remove(Object key) {
        offsets.remove(key);
    }
}
