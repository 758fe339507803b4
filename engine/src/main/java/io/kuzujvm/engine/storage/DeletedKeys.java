package io.kuzujvm.engine.storage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The primary keys of deleted committed rows, with their offsets. The index forgets a key
 * when its row is deleted, so that the key may be inserted again; a reader whose snapshot
 * still has the row finds it here.
 */
final class DeletedKeys {

    private final Map<Object, long[]> offsets = new HashMap<>();

    void add(Object key, long offset) {
        offsets.merge(PrimaryKeyIndex.hashable(key), new long[] {offset}, (old, added) -> {
            long[] both = Arrays.copyOf(old, old.length + 1);
            both[old.length] = offset;
            return both;
        });
    }

    void remove(Object key, long offset) {
        offsets.computeIfPresent(PrimaryKeyIndex.hashable(key), (k, old) -> {
            long[] kept = Arrays.stream(old).filter(o -> o != offset).toArray();
            return kept.length == 0 ? null : kept;
        });
    }

    /** The offset of a deleted row with this key that {@code visible} accepts, or -1. */
    long find(Object key, LongPredicate visible) {
        if (offsets.isEmpty()) {
            return -1;
        }
        for (long offset : offsets.getOrDefault(PrimaryKeyIndex.hashable(key), new long[0])) {
            if (visible.test(offset)) {
                return offset;
            }
        }
        return -1;
    }
}
