package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

/**
 * Variable-length relationships: every walk of {@code minHops..maxHops} rels of one rel table
 * from the node in an id field; appends the id of the node where the walk ends.
 */
public final class RecursiveExtend extends RelStep {

    private final int minHops;
    private final int maxHops;
    private final String neighbourVariable;

    public RecursiveExtend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                           List<RelTable.Direction> directions, int idField, int minHops, int maxHops,
                           String neighbourVariable) {
        super(cluster, traits, input, relTable, pair, directions, idField);
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.neighbourVariable = neighbourVariable;
    }

    public int minHops() {
        return minHops;
    }

    public int maxHops() {
        return maxHops;
    }

    @Override
    protected void addAppendedColumns(RelDataTypeFactory.Builder builder) {
        builder.add(neighbourVariable + "._end", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new RecursiveExtend(getCluster(), traitSet, sole(inputs), relTable(), pair(), directions(), idField(),
                minHops, maxHops, neighbourVariable);
    }

    @Override
    protected RelWriter explainStep(RelWriter pw) {
        return pw.item("hops", minHops + ".." + maxHops);
    }
}
