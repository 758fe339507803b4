package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

/**
 * COPY into a node table: its input's fields are the table's properties in order. Returns
 * Kùzu's one-row summary.
 */
public final class InsertNodes extends SingleRel {

    private final NodeTableEntry table;

    public InsertNodes(RelOptCluster cluster, RelTraitSet traits, RelNode input, NodeTableEntry table) {
        super(cluster, traits, input);
        this.table = table;
    }

    public NodeTableEntry table() {
        return table;
    }

    @Override
    protected RelDataType deriveRowType() {
        return getCluster().getTypeFactory().builder().add("result", KuzuTypes.toRel(LogicalType.STRING)).build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new InsertNodes(getCluster(), traitSet, sole(inputs), table);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table.name());
    }
}
