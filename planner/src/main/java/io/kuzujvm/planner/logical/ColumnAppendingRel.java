package io.kuzujvm.planner.logical;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * A single-input operator whose output row is its input row followed by new columns, each
 * input row giving zero or more output rows (Extend, RecursiveExtend, Unwind). A filter on the
 * input's columns can therefore run before it.
 */
public abstract class ColumnAppendingRel extends SingleRel {

    protected ColumnAppendingRel(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
        super(cluster, traits, input);
    }

    /** Adds the columns this operator appends. */
    protected abstract void addAppendedColumns(RelDataTypeFactory.Builder builder);

    @Override
    protected final RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        builder.addAll(input.getRowType().getFieldList());
        addAppendedColumns(builder);
        return builder.uniquify().build();
    }
}
