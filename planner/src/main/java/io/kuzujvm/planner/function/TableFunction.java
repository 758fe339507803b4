package io.kuzujvm.planner.function;

import io.kuzujvm.planner.GraphDatabase;

import java.util.List;

/** A function called with CALL name(args) that produces rows. */
public interface TableFunction {

    /** The name, matched case-insensitively. */
    String name();

    /** Checks the (literal) arguments and fixes the output columns. */
    BoundTableFunction bind(List<Object> arguments, GraphDatabase database);
}
