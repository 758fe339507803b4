package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/** Evaluates one expression per output column over each chunk; the selection carries over. */
public final class ProjectionOperator implements PhysicalOperator {

    private final PhysicalOperator child;
    private final List<ExpressionEvaluator> expressions;
    private final List<String> expressionTexts;

    public ProjectionOperator(PhysicalOperator child, List<ExpressionEvaluator> expressions,
                              List<String> expressionTexts) {
        this.child = child;
        this.expressions = List.copyOf(expressions);
        this.expressionTexts = List.copyOf(expressionTexts);
    }

    @Override
    public DataChunk next() {
        DataChunk input = child.next();
        if (input == null) {
            return null;
        }
        ValueVector[] output = new ValueVector[expressions.size()];
        for (int i = 0; i < output.length; i++) {
            output[i] = expressions.get(i).evaluate(input);
        }
        return new DataChunk(output, input.numRows(), input.selection());
    }

    @Override
    public List<LogicalType> outputTypes() {
        return expressions.stream().map(ExpressionEvaluator::type).toList();
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "Projection(" + String.join(", ", expressionTexts) + ")";
    }
}
