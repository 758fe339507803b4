package io.kuzujvm.planner.function;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.processor.ValuesOperator;
import io.kuzujvm.engine.types.LogicalType;

import java.util.List;
import java.util.function.Supplier;

/** A bound table function whose rows are computed in memory when it runs. */
public record RowsFunction(String describe, List<String> columnNames, List<LogicalType> columnTypes,
                           Supplier<List<Object[]>> rows) implements BoundTableFunction {

    @Override
    public PhysicalOperator createOperator() {
        return new ValuesOperator(columnTypes, rows.get(), describe);
    }
}
