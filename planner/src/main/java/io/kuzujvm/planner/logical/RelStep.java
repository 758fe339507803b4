package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.storage.RelTable;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;

import java.util.List;

/**
 * A pattern step from the node in an id field of the input through one connection (node-table
 * pair) of a rel table, in the given directions: {@link Extend}.
 */
public abstract class RelStep extends ColumnAppendingRel {

    private final RelTableEntry relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idField;

    protected RelStep(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                      List<RelTable.Direction> directions, int idField) {
        super(cluster, traits, input);
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idField = idField;
    }

    public RelTableEntry relTable() {
        return relTable;
    }

    public int pair() {
        return pair;
    }

    public List<RelTable.Direction> directions() {
        return directions;
    }

    public int idField() {
        return idField;
    }

    @Override
    public final RelWriter explainTerms(RelWriter pw) {
        return explainStep(super.explainTerms(pw).item("rel", relTable.name())).item("directions", directions)
                .item("id", "$" + idField);
    }

    /** The step's own terms for EXPLAIN, between its rel table and its directions. */
    protected abstract RelWriter explainStep(RelWriter pw);
}
