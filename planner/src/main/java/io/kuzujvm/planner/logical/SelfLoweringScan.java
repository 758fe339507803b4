package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.storage.Database;

/** A leaf of a plan that knows which engine operator produces its rows (table functions, file scans). */
public interface SelfLoweringScan {

    PhysicalOperator createOperator(Database database);
}
