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
 * Appends its input rows to a node table; the input's fields are the table's properties in
 * order. A bulk COPY returns Kùzu's one-row summary; a CREATE returns nothing.
 */
public final class InsertNodes extends SingleRel {

    private final NodeTableEntry table;
    private final boolean bulkCopy;

    public InsertNodes(RelOptCluster cluster, RelTraitSet traits, RelNode input, NodeTableEntry table,
                       boolean bulkCopy) {
        super(cluster, traits, input);
        this.table = table;
        this.bulkCopy = bulkCopy;
    }

    public NodeTableEntry table() {
        return table;
    }

    public boolean bulkCopy() {
        return bulkCopy;
    }

    @Override
    protected RelDataType deriveRowType() {
        return getCluster().getTypeFactory().builder().add("result", KuzuTypes.toRel(LogicalType.STRING)).build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new InsertNodes(getCluster(), traitSet, sole(inputs), table, bulkCopy);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table.name()).item("copy", bulkCopy);
    }
}
