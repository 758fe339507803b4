package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/** A list literal {@code [a, b, ...]}: one list per row; null elements stay in the list. */
public record ListValueEvaluator(LogicalType type, List<ExpressionEvaluator> elements) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        List<ValueVector> values = new ArrayList<>();
        for (ExpressionEvaluator element : elements) {
            values.add(element.evaluate(input));
        }
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            List<Object> list = new ArrayList<>(values.size());
            for (ValueVector value : values) {
                list.add(value.getValue(pos));
            }
            result.setObject(pos, list);
        });
        return result;
    }
}
