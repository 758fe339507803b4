package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;

import java.util.List;

/**
 * Variable-length relationships: every walk of {@code minHops..maxHops} rels of one rel table
 * from the node in an id field; appends the id of the node where the walk ends.
 */
public final class RecursiveExtend extends SingleRel implements ColumnAppendingRel {

    private final RelTableEntry relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idField;
    private final int minHops;
    private final int maxHops;
    private final String neighbourVariable;

    public RecursiveExtend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                           List<RelTable.Direction> directions, int idField, int minHops, int maxHops,
                           String neighbourVariable) {
        super(cluster, traits, input);
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idField = idField;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.neighbourVariable = neighbourVariable;
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

    public int minHops() {
        return minHops;
    }

    public int maxHops() {
        return maxHops;
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (RelDataTypeField field : input.getRowType().getFieldList()) {
            builder.add(field);
        }
        builder.add(neighbourVariable + "._end", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new RecursiveExtend(getCluster(), traitSet, sole(inputs), relTable, pair, directions, idField, minHops,
                maxHops, neighbourVariable);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("rel", relTable.name()).item("hops", minHops + ".." + maxHops)
                .item("directions", directions).item("id", "$" + idField);
    }
}
