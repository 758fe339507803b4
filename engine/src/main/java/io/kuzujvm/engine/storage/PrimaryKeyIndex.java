package io.kuzujvm.engine.storage;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps primary-key values to node offsets. Integer keys (the {@link Long}s of integer
 * columns) live in a primitive open-addressing table (linear probing, backward-shift
 * deletion): 12 bytes a slot, no boxing. A table whose integer keys so far are consecutive
 * from its first row on ({@code key = offset + delta}, the common case of generated ids)
 * needs no table at all: that run is kept as two numbers, and only keys that break it go to
 * the hash table. Other keys go to a hash map.
 */
final class PrimaryKeyIndex {

    private static final int MIN_CAPACITY = 16;

    /** Integer keys; a slot is empty when its value is 0. */
    private long[] keys = new long[MIN_CAPACITY];
    /** Node offset + 1 per slot; 0 marks an empty slot. */
    private int[] values = new int[MIN_CAPACITY];
    private int size;
    private final Map<Object, Long> others = new HashMap<>();
    /** Keys runDelta + i map to offset i for i in [0, runLength); none of them is in the table. */
    private long runDelta;
    private int runLength;

    /** Adds a key; returns false (and changes nothing) when the key is already present. */
    boolean insert(Object key, long offset) {
        if (key instanceof Long l) {
            return insertLong(l, offset);
        }
        return others.putIfAbsent(hashable(key), offset) == null;
    }

    Long lookup(Object key) {
        if (key instanceof Long l) {
            long offset = lookupLong(l);
            return offset < 0 ? null : offset;
        }
        return others.get(hashable(key));
    }

    void remove(Object key) {
        if (key instanceof Long l) {
            removeLong(l);
        } else {
            others.remove(hashable(key));
        }
    }

    /** A BLOB key (a byte[]) compared by its bytes, not by identity. */
    static Object hashable(Object key) {
        return key instanceof byte[] bytes ? java.nio.ByteBuffer.wrap(bytes) : key;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Adds an integer key; false when it is already present. */
    boolean insertLong(long key, long offset) {
        if (offset >= Integer.MAX_VALUE) {
            throw new IllegalStateException("Node table exceeds " + (Integer.MAX_VALUE - 1) + " rows");
        }
        long inRun = key - runDelta;
        if (inRun >= 0 && inRun < runLength) {
            return false;
        }
        if (size == 0 && offset == runLength && (runLength == 0 || inRun == runLength)) {
            if (runLength == 0) {
                runDelta = key;
            }
            runLength++;
            return true;
        }
        return insertIntoTable(key, offset);
    }

    private boolean insertIntoTable(long key, long offset) {
        if ((size + 1) * 4L > values.length * 3L) {
            resize(values.length * 2);
        }
        int mask = values.length - 1;
        int slot = hash(key) & mask;
        while (values[slot] != 0) {
            if (keys[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = (int) offset + 1;
        size++;
        return true;
    }

    /** The offset of an integer key, or -1. */
    long lookupLong(long key) {
        long inRun = key - runDelta;
        if (inRun >= 0 && inRun < runLength) {
            return inRun;
        }
        if (size == 0) {
            return -1;
        }
        int mask = values.length - 1;
        int slot = hash(key) & mask;
        int value;
        while ((value = values[slot]) != 0) {
            if (keys[slot] == key) {
                return value - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private void removeLong(long key) {
        long inRun = key - runDelta;
        if (inRun >= 0 && inRun < runLength) {
            if (inRun == runLength - 1) {
                runLength--;
                return;
            }
            // Not the run's last key: move the run into the table first.
            int length = runLength;
            runLength = 0;
            for (int i = 0; i < length; i++) {
                insertIntoTable(runDelta + i, i);
            }
        }
        int mask = values.length - 1;
        int slot = hash(key) & mask;
        while (values[slot] != 0) {
            if (keys[slot] == key) {
                deleteSlot(slot, mask);
                size--;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Backward-shift deletion: moves later entries of the probe run into the hole. */
    private void deleteSlot(int hole, int mask) {
        int slot = hole;
        while (true) {
            slot = (slot + 1) & mask;
            if (values[slot] == 0) {
                break;
            }
            int home = hash(keys[slot]) & mask;
            // Move the entry when its home is not in the cyclic range (hole, slot].
            boolean inRange = hole <= slot ? (home > hole && home <= slot) : (home > hole || home <= slot);
            if (!inRange) {
                keys[hole] = keys[slot];
                values[hole] = values[slot];
                hole = slot;
            }
        }
        values[hole] = 0;
        keys[hole] = 0;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (values[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
