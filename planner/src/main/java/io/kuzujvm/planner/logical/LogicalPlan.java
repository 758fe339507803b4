package io.kuzujvm.planner.logical;

import org.apache.calcite.rel.RelNode;

import java.util.List;

/** A planned statement: the relational tree and the names of its output columns. */
public record LogicalPlan(RelNode root, List<String> columnNames) {

    public LogicalPlan {
        columnNames = List.copyOf(columnNames);
    }

    public LogicalPlan withRoot(RelNode newRoot) {
        return new LogicalPlan(newRoot, columnNames);
    }
}
