package io.kuzujvm.planner.function;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/** A table function call with its arguments checked: its columns and how to produce its rows. */
public interface BoundTableFunction {

    List<String> columnNames();

    List<LogicalType> columnTypes();

    /** Runs the function; called once per execution. */
    PhysicalOperator createOperator();

    /** For EXPLAIN. */
    String describe();
}
