package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

/** UNWIND of a list field: the input row once per element, with the element appended under an alias. */
public final class Unwind extends ColumnAppendingRel {

    private final int listField;
    private final String alias;

    public Unwind(RelOptCluster cluster, RelTraitSet traits, RelNode input, int listField, String alias) {
        super(cluster, traits, input);
        this.listField = listField;
        this.alias = alias;
    }

    public int listField() {
        return listField;
    }

    public LogicalType elementType() {
        return KuzuTypes.toLogical(input.getRowType().getFieldList().get(listField).getType()).children().get(0);
    }

    @Override
    protected void addAppendedColumns(RelDataTypeFactory.Builder builder) {
        builder.add(alias, KuzuTypes.toRel(elementType()));
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new Unwind(getCluster(), traitSet, sole(inputs), listField, alias);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("list", "$" + listField).item("as", alias);
    }
}
