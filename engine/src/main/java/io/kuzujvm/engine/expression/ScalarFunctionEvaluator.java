package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;
import java.util.function.Function;

/**
 * A scalar function applied row by row: its operands' values in, one value out. A null
 * operand gives null without calling the function, unless the function accepts nulls
 * (coalesce, ifnull, ...).
 */
public final class ScalarFunctionEvaluator implements ExpressionEvaluator {

    private final String name;
    private final Function<Object[], Object> function;
    private final List<ExpressionEvaluator> operands;
    private final LogicalType type;
    private final boolean acceptsNulls;

    public ScalarFunctionEvaluator(String name, Function<Object[], Object> function,
                                   List<ExpressionEvaluator> operands, LogicalType type) {
        this(name, function, operands, type, false);
    }

    public ScalarFunctionEvaluator(String name, Function<Object[], Object> function,
                                   List<ExpressionEvaluator> operands, LogicalType type, boolean acceptsNulls) {
        this.acceptsNulls = acceptsNulls;
        this.name = name;
        this.function = function;
        this.operands = List.copyOf(operands);
        this.type = type;
    }

    public String name() {
        return name;
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        int size = Math.max(1, input.numRows());
        ValueVector[] arguments = new ValueVector[operands.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = operands.get(i).evaluate(input);
        }
        ValueVector result = new ValueVector(type, size);
        int[] positions = input.numRows() == 0 ? new int[] {0} : input.selection().toArray();
        for (int pos : positions) {
            Object[] values = new Object[arguments.length];
            boolean hasNull = false;
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments[i].getValue(pos);
                hasNull |= values[i] == null;
            }
            result.setValue(pos, hasNull && !acceptsNulls ? null : function.apply(values));
        }
        return result;
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
