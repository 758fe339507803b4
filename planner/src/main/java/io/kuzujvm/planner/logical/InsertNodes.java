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
    private final boolean ignoreErrors;

    /** @param ignoreErrors rows with a NULL or taken primary key are skipped (and warned about), not an error */
    public InsertNodes(RelOptCluster cluster, RelTraitSet traits, RelNode input, NodeTableEntry table,
                       boolean ignoreErrors) {
        super(cluster, traits, input);
        this.table = table;
        this.ignoreErrors = ignoreErrors;
    }

    public NodeTableEntry table() {
        return table;
    }

    public boolean ignoreErrors() {
        return ignoreErrors;
    }

    @Override
    protected RelDataType deriveRowType() {
        return getCluster().getTypeFactory().builder().add("result", KuzuTypes.toRel(LogicalType.STRING)).build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new InsertNodes(getCluster(), traitSet, sole(inputs), table, ignoreErrors);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table.name()).itemIf("ignoreErrors", true, ignoreErrors);
    }
}
