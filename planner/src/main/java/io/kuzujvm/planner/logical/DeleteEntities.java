package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.TableEntry;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;

import java.util.List;

/**
 * DELETE: deletes the nodes or rels whose ids are in the input rows (rels before nodes, so
 * that {@code DELETE a, r} works) and passes the rows on. A node with rels left is an error
 * unless the DELETE detaches it.
 */
public final class DeleteEntities extends SingleRel {

    /**
     * The entity of one table whose id is in {@code idField}; with {@code packed}, the ids are
     * packed with their table and only rows of this table are deleted.
     */
    public record Target(TableEntry table, int idField, boolean detach, boolean packed) {
    }

    private final List<Target> targets;

    public DeleteEntities(RelNode input, List<Target> targets) {
        this(input.getCluster(), input.getTraitSet(), input, targets);
    }

    private DeleteEntities(RelOptCluster cluster, RelTraitSet traits, RelNode input, List<Target> targets) {
        super(cluster, traits, input);
        this.targets = List.copyOf(targets);
    }

    public List<Target> targets() {
        return targets;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new DeleteEntities(getCluster(), traitSet, sole(inputs), targets);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("delete", targets.stream()
                .map(t -> (t.detach() ? "detach " : "") + t.table().name() + "$" + t.idField()).toList());
    }
}
