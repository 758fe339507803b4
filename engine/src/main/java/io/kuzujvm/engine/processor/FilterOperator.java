package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;
import org.roaringbitmap.RoaringBitmap;


/** Keeps the rows whose predicate is true (not false, not null) by narrowing the selection. */
public final class FilterOperator extends RowPreservingOperator {

    private final ExpressionEvaluator predicate;
    private final String predicateText;

    public FilterOperator(PhysicalOperator child, ExpressionEvaluator predicate, String predicateText) {
        super(child);
        this.predicate = predicate;
        this.predicateText = predicateText;
    }

    @Override
    public DataChunk next() {
        DataChunk chunk;
        while ((chunk = child.next()) != null) {
            ValueVector result = predicate.evaluate(chunk);
            RoaringBitmap kept = new RoaringBitmap();
            chunk.selection().forEach(pos -> {
                if (!result.isNull(pos) && result.getBool(pos)) {
                    kept.add(pos);
                }
            });
            if (!kept.isEmpty()) {
                return chunk.withSelection(Selection.of(kept));
            }
        }
        return null;
    }



    @Override
    public String describe() {
        return "Filter(" + predicateText + ")";
    }
}
