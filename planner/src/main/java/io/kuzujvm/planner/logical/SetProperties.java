package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.TableEntry;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rex.RexNode;

import java.util.List;

/**
 * SET: writes properties of the nodes or rels whose ids are in the input rows, in the order
 * of the assignments, and passes the rows on with the written values in their property
 * fields. An assignment with a condition (MERGE's ON MATCH / ON CREATE) writes only the rows
 * where it holds.
 */
public final class SetProperties extends SingleRel {

    /**
     * {@code table.property := value} for the entity whose id is in {@code idField}; the row's
     * copy of the property is {@code propertyField} (-1 when the row has none). With
     * {@code packed}, the ids are packed with their table and only rows of this table are written;
     * with a {@code condition} (null: none) only the rows where it holds.
     */
    public record Assignment(TableEntry table, int idField, int property, int propertyField, RexNode value,
                             boolean packed, RexNode condition) {
    }

    private final List<Assignment> assignments;

    public SetProperties(RelNode input, List<Assignment> assignments) {
        this(input.getCluster(), input.getTraitSet(), input, assignments);
    }

    private SetProperties(RelOptCluster cluster, RelTraitSet traits, RelNode input, List<Assignment> assignments) {
        super(cluster, traits, input);
        this.assignments = List.copyOf(assignments);
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new SetProperties(getCluster(), traitSet, sole(inputs), assignments);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("set", assignments.stream().map(a -> a.table().name() + "."
                        + a.table().properties().get(a.property()).name() + "=" + a.value()
                        + (a.condition() == null ? "" : " if " + a.condition())).toList());
    }
}
