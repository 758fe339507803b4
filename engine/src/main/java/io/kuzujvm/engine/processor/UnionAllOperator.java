package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.List;

/** The rows of each input in turn (UNION ALL); the inputs have the same column types. */
public final class UnionAllOperator implements PhysicalOperator {

    private final List<PhysicalOperator> inputs;
    private int current;

    public UnionAllOperator(List<PhysicalOperator> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public DataChunk next() {
        while (current < inputs.size()) {
            DataChunk chunk = inputs.get(current).next();
            if (chunk != null) {
                return chunk;
            }
            current++;
        }
        return null;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return inputs.get(0).outputTypes();
    }

    @Override
    public List<PhysicalOperator> children() {
        return inputs;
    }

    @Override
    public String describe() {
        return "UnionAll";
    }
}
