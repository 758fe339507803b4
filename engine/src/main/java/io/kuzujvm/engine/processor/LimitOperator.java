package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import org.roaringbitmap.RoaringBitmap;


/** SKIP and LIMIT over the selected rows of its input, in order. */
public final class LimitOperator extends RowPreservingOperator {

    private final long skip;
    private final long limit;
    private long skipped;
    private long emitted;

    /** @param limit the maximum number of rows, or -1 for no limit */
    public LimitOperator(PhysicalOperator child, long skip, long limit) {
        super(child);
        this.skip = skip;
        this.limit = limit;
    }

    @Override
    public DataChunk next() {
        while (limit < 0 || emitted < limit) {
            DataChunk chunk = child.next();
            if (chunk == null) {
                return null;
            }
            RoaringBitmap kept = new RoaringBitmap();
            for (int pos : chunk.selection().toArray()) {
                if (skipped < skip) {
                    skipped++;
                } else if (limit < 0 || emitted < limit) {
                    kept.add(pos);
                    emitted++;
                }
            }
            if (!kept.isEmpty()) {
                return chunk.withSelection(Selection.of(kept));
            }
        }
        return null;
    }



    @Override
    public String describe() {
        return "Limit(skip=" + skip + ", limit=" + (limit < 0 ? "none" : limit) + ")";
    }
}
