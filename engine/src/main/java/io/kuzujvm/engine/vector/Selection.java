package io.kuzujvm.engine.vector;

import org.roaringbitmap.RoaringBitmap;

import java.util.function.IntConsumer;

/**
 * Which positions of a {@link DataChunk} are live: either the dense range
 * {@code [0, size)} or the positions in a RoaringBitmap (after a filter).
 */
public final class Selection {

    private final int size;
    private final RoaringBitmap positions;

    private Selection(int size, RoaringBitmap positions) {
        this.size = size;
        this.positions = positions;
    }

    public static Selection dense(int size) {
        return new Selection(size, null);
    }

    public static Selection of(RoaringBitmap positions) {
        return new Selection(positions.getCardinality(), positions);
    }

    public boolean isDense() {
        return positions == null;
    }

    /** The number of selected positions. */
    public int count() {
        return size;
    }

    public void forEach(IntConsumer action) {
        if (positions == null) {
            for (int i = 0; i < size; i++) {
                action.accept(i);
            }
        } else {
            positions.forEach((org.roaringbitmap.IntConsumer) action::accept);
        }
    }

    /** The selected positions in ascending order. */
    public int[] toArray() {
        if (positions != null) {
            return positions.toArray();
        }
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        return all;
    }
}
