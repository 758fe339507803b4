package io.kuzujvm.planner.logical;

import org.apache.calcite.rel.RelNode;

/**
 * A single-input operator whose output row is its input row followed by new columns, each
 * input row giving zero or more output rows (Extend, RecursiveExtend, Unwind). A filter on the
 * input's columns can therefore run before it.
 */
public interface ColumnAppendingRel extends RelNode {
}
