package io.kuzujvm.engine.vector;

import io.kuzujvm.engine.types.LogicalType;

import java.util.Arrays;

/**
 * One column of a {@link DataChunk}: values of one logical type in a primitive array
 * chosen by its physical type, plus a null mask.
 */
public final class ValueVector {

    private final LogicalType type;
    private long[] longs;
    private double[] doubles;
    private boolean[] bools;
    private Object[] objects;
    private boolean[] nulls;
    private int capacity;

    public ValueVector(LogicalType type, int capacity) {
        this.type = type;
        this.capacity = capacity;
        this.nulls = new boolean[capacity];
        switch (type.physicalType()) {
            case LONG -> longs = new long[capacity];
            case DOUBLE -> doubles = new double[capacity];
            case BOOL -> bools = new boolean[capacity];
            case OBJECT -> objects = new Object[capacity];
        }
    }

    public LogicalType type() {
        return type;
    }

    public int capacity() {
        return capacity;
    }

    /** Grows the vector so that it holds at least {@code minCapacity} positions. */
    public void ensureCapacity(int minCapacity) {
        if (minCapacity <= capacity) {
            return;
        }
        int newCapacity = Math.max(minCapacity, capacity * 2);
        nulls = Arrays.copyOf(nulls, newCapacity);
        if (longs != null) {
            longs = Arrays.copyOf(longs, newCapacity);
        } else if (doubles != null) {
            doubles = Arrays.copyOf(doubles, newCapacity);
        } else if (bools != null) {
            bools = Arrays.copyOf(bools, newCapacity);
        } else {
            objects = Arrays.copyOf(objects, newCapacity);
        }
        capacity = newCapacity;
    }

    public boolean isNull(int pos) {
        return nulls[pos];
    }

    public void setNull(int pos, boolean isNull) {
        nulls[pos] = isNull;
    }

    public long getLong(int pos) {
        return longs[pos];
    }

    public void setLong(int pos, long value) {
        longs[pos] = value;
        nulls[pos] = false;
    }

    public double getDouble(int pos) {
        return doubles[pos];
    }

    public void setDouble(int pos, double value) {
        doubles[pos] = value;
        nulls[pos] = false;
    }

    public boolean getBool(int pos) {
        return bools[pos];
    }

    public void setBool(int pos, boolean value) {
        bools[pos] = value;
        nulls[pos] = false;
    }

    public Object getObject(int pos) {
        return objects[pos];
    }

    public void setObject(int pos, Object value) {
        objects[pos] = value;
        nulls[pos] = value == null;
    }

    /**
     * The value at a position as a Java object: Long for integer types, Double for
     * floating point, Boolean, or the object itself; null for a null.
     */
    public Object getValue(int pos) {
        if (nulls[pos]) {
            return null;
        }
        return switch (type.physicalType()) {
            case LONG -> longs[pos];
            case DOUBLE -> doubles[pos];
            case BOOL -> bools[pos];
            case OBJECT -> objects[pos];
        };
    }

    /** Sets a position from a Java object of the kind {@link #getValue} returns (numbers are widened). */
    public void setValue(int pos, Object value) {
        if (value == null) {
            nulls[pos] = true;
            return;
        }
        switch (type.physicalType()) {
            case LONG -> setLong(pos, value instanceof io.kuzujvm.engine.types.InternalId id ? id.packed()
                    : ((Number) value).longValue());
            case DOUBLE -> setDouble(pos, ((Number) value).doubleValue());
            case BOOL -> setBool(pos, (Boolean) value);
            case OBJECT -> setObject(pos, value);
        }
    }

    /** Copies one position of another vector of the same physical type into this one. */
    public void copyFrom(ValueVector source, int sourcePos, int targetPos) {
        if (source.nulls[sourcePos]) {
            nulls[targetPos] = true;
            return;
        }
        nulls[targetPos] = false;
        switch (type.physicalType()) {
            case LONG -> longs[targetPos] = source.longs[sourcePos];
            case DOUBLE -> doubles[targetPos] = source.doubles[sourcePos];
            case BOOL -> bools[targetPos] = source.bools[sourcePos];
            case OBJECT -> objects[targetPos] = source.objects[sourcePos];
        }
    }

    /** Copies a contiguous range from another vector of the same physical type. */
    public void copyRange(ValueVector source, int sourcePos, int targetPos, int length) {
        System.arraycopy(source.nulls, sourcePos, nulls, targetPos, length);
        switch (type.physicalType()) {
            case LONG -> System.arraycopy(source.longs, sourcePos, longs, targetPos, length);
            case DOUBLE -> System.arraycopy(source.doubles, sourcePos, doubles, targetPos, length);
            case BOOL -> System.arraycopy(source.bools, sourcePos, bools, targetPos, length);
            case OBJECT -> System.arraycopy(source.objects, sourcePos, objects, targetPos, length);
        }
    }
}
