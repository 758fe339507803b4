package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/** AND, OR (three-valued, over any number of operands) and NOT. */
public final class BooleanEvaluator implements ExpressionEvaluator {

    /** The boolean connectives. */
    public enum Connective { AND, OR, NOT }

    private final Connective connective;
    private final List<ExpressionEvaluator> operands;

    public BooleanEvaluator(Connective connective, List<ExpressionEvaluator> operands) {
        this.connective = connective;
        this.operands = List.copyOf(operands);
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector[] values = new ValueVector[operands.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = operands.get(i).evaluate(input);
        }
        ValueVector result = new ValueVector(LogicalType.BOOL, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            switch (connective) {
                case NOT -> {
                    if (values[0].isNull(pos)) {
                        result.setNull(pos, true);
                    } else {
                        result.setBool(pos, !values[0].getBool(pos));
                    }
                }
                case AND -> combine(values, pos, result, false);
                case OR -> combine(values, pos, result, true);
            }
        });
        return result;
    }

    /** One operand equal to {@code dominant} decides; otherwise any null makes the result null. */
    private static void combine(ValueVector[] values, int pos, ValueVector result, boolean dominant) {
        boolean sawNull = false;
        for (ValueVector value : values) {
            if (value.isNull(pos)) {
                sawNull = true;
            } else if (value.getBool(pos) == dominant) {
                result.setBool(pos, dominant);
                return;
            }
        }
        if (sawNull) {
            result.setNull(pos, true);
        } else {
            result.setBool(pos, !dominant);
        }
    }

    @Override
    public LogicalType type() {
        return LogicalType.BOOL;
    }
}
