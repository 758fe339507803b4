package io.kuzujvm.engine.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The entries of one primitive column collected for the row group being written. */
final class LeafBuffer {

    private final Function<Object, Object> encoder;
    private int[] defs = new int[1024];
    private int[] reps = new int[1024];
    private final List<Object> values = new ArrayList<>();
    private int size;

    LeafBuffer(Function<Object, Object> encoder) {
        this.encoder = encoder;
    }

    void add(int rep, int def, Object value) {
        if (size == defs.length) {
            defs = Arrays.copyOf(defs, size * 2);
            reps = Arrays.copyOf(reps, size * 2);
        }
        defs[size] = def;
        reps[size] = rep;
        size++;
        if (value != null) {
            values.add(encoder.apply(value));
        }
    }

    int size() {
        return size;
    }

    int[] defs() {
        return defs;
    }

    int[] reps() {
        return reps;
    }

    List<Object> values() {
        return values;
    }

    void clear() {
        size = 0;
        values.clear();
    }
}
