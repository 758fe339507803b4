package io.kuzujvm.engine.vector;

import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/**
 * The unit operators exchange: up to {@link #CAPACITY} rows held column by column,
 * with a {@link Selection} of the live rows.
 */
public final class DataChunk {

    public static final int CAPACITY = 2048;

    private final ValueVector[] vectors;
    private int numRows;
    private Selection selection;

    public DataChunk(ValueVector[] vectors, int numRows, Selection selection) {
        this.vectors = vectors;
        this.numRows = numRows;
        this.selection = selection;
    }

    /** A chunk of empty vectors of the given types. */
    public static DataChunk allocate(List<LogicalType> types, int capacity) {
        ValueVector[] vectors = new ValueVector[types.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = new ValueVector(types.get(i), capacity);
        }
        return new DataChunk(vectors, 0, Selection.dense(0));
    }

    public int numColumns() {
        return vectors.length;
    }

    public ValueVector vector(int column) {
        return vectors[column];
    }

    /** The number of positions filled, selected or not. */
    public int numRows() {
        return numRows;
    }

    /** Marks the first {@code numRows} positions as filled and all of them selected. */
    public void setDense(int numRows) {
        this.numRows = numRows;
        this.selection = Selection.dense(numRows);
    }

    public Selection selection() {
        return selection;
    }

    public void setSelection(Selection selection) {
        this.selection = selection;
    }

    public DataChunk withSelection(Selection newSelection) {
        return new DataChunk(vectors, numRows, newSelection);
    }
}
