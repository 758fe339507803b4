package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

/**
 * COPY into one connection of a rel table. Input fields: the source's and the destination's
 * primary keys, then the rel properties in table order.
 */
public final class InsertRels extends SingleRel {

    private final RelTableEntry table;
    private final int pair;

    public InsertRels(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry table, int pair) {
        super(cluster, traits, input);
        this.table = table;
        this.pair = pair;
    }

    public RelTableEntry table() {
        return table;
    }

    public int pair() {
        return pair;
    }

    @Override
    protected RelDataType deriveRowType() {
        return getCluster().getTypeFactory().builder().add("result", KuzuTypes.toRel(LogicalType.STRING)).build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new InsertRels(getCluster(), traitSet, sole(inputs), table, pair);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table.name()).item("pair", pair);
    }
}
