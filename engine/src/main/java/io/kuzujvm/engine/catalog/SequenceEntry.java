package io.kuzujvm.engine.catalog;

import io.kuzujvm.engine.common.KuzuException;

/**
 * A sequence (CREATE SEQUENCE): its options and its state. Immutable; {@link #next()}
 * returns the entry after one nextval. {@code used} is false until the first nextval,
 * when currval has no value yet.
 */
public record SequenceEntry(String name, long start, long increment, long minValue, long maxValue, boolean cycle,
                            long currentValue, boolean used) {

    /** The entry after one nextval, or Kùzu's error at the end of a sequence without CYCLE. */
    public SequenceEntry next() {
        if (!used) {
            return new SequenceEntry(name, start, increment, minValue, maxValue, cycle, start, true);
        }
        long next;
        boolean overflow;
        try {
            next = Math.addExact(currentValue, increment);
            overflow = increment > 0 ? next > maxValue : next < minValue;
        } catch (ArithmeticException e) {
            next = 0;
            overflow = true;
        }
        if (overflow) {
            if (!cycle) {
                throw KuzuException.catalog("nextval: reached " + (increment > 0 ? "maximum" : "minimum")
                        + " value of sequence \"" + name + "\" " + (increment > 0 ? maxValue : minValue));
            }
            next = increment > 0 ? minValue : maxValue;
        }
        return new SequenceEntry(name, start, increment, minValue, maxValue, cycle, next, true);
    }

    /** The value of the last nextval, or Kùzu's error before the first. */
    public long currval() {
        if (!used) {
            throw KuzuException.catalog("currval: sequence \"" + name
                    + "\" is not yet defined. To define the sequence, call nextval first.");
        }
        return currentValue;
    }

    public SequenceEntry withState(long value, boolean isUsed) {
        return new SequenceEntry(name, start, increment, minValue, maxValue, cycle, value, isUsed);
    }
}
