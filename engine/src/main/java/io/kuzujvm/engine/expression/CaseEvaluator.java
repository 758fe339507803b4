package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * CASE WHEN c1 THEN v1 ... ELSE e END: per row, the value of the first branch whose
 * condition is true (not false, not null), else the ELSE value (null without one).
 */
public record CaseEvaluator(List<ExpressionEvaluator> conditions, List<ExpressionEvaluator> values,
                            ExpressionEvaluator otherwise, LogicalType type) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector[] whens = new ValueVector[conditions.size()];
        ValueVector[] thens = new ValueVector[values.size()];
        for (int i = 0; i < whens.length; i++) {
            whens[i] = conditions.get(i).evaluate(input);
            thens[i] = values.get(i).evaluate(input);
        }
        ValueVector elseValues = otherwise == null ? null : otherwise.evaluate(input);
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            for (int i = 0; i < whens.length; i++) {
                if (!whens[i].isNull(pos) && whens[i].getBool(pos)) {
                    result.setValue(pos, thens[i].getValue(pos));
                    return;
                }
            }
            result.setValue(pos, elseValues == null ? null : elseValues.getValue(pos));
        });
        return result;
    }
}
