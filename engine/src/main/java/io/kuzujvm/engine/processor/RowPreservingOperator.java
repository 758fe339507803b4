package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;

import java.util.List;

/**
 * An operator over one input whose rows keep the input's columns (it filters, orders, limits,
 * or writes what they name): its output types are its input's.
 */
abstract class RowPreservingOperator implements PhysicalOperator {

    final PhysicalOperator child;

    RowPreservingOperator(PhysicalOperator child) {
        this.child = child;
    }

    @Override
    public final List<LogicalType> outputTypes() {
        return child.outputTypes();
    }

    @Override
    public final List<PhysicalOperator> children() {
        return List.of(child);
    }
}
