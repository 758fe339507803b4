package io.kuzujvm.engine.parquet;

/**
 * The decoded entries of one primitive column in a row group: a definition and repetition level
 * per entry and the (converted) values of the entries that have one. Read front to back by the
 * record assembler.
 */
final class LeafData {

    private final int[] defs;
    private final int[] reps;
    private final Object[] values;
    private final int size;
    private final int maxDef;
    private int entry;
    private int value;

    LeafData(int[] defs, int[] reps, Object[] values, int size, int maxDef) {
        this.defs = defs;
        this.reps = reps;
        this.values = values;
        this.size = size;
        this.maxDef = maxDef;
    }

    /** The definition level of the next entry. */
    int peekDef() {
        return defs == null ? maxDef : defs[entry];
    }

    /** The repetition level of the next entry; 0 (a new row) at the end. */
    int peekRep() {
        return reps == null || entry >= size ? 0 : reps[entry];
    }

    /** Takes the next entry: its value, or null where it has none. */
    Object take() {
        boolean present = peekDef() == maxDef;
        entry++;
        return present ? values[value++] : null;
    }
}
