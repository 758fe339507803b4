package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.planner.function.BoundTableFunction;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

/** CALL of a table function: a leaf producing the function's rows. */
public final class TableFunctionCall extends AbstractRelNode implements SelfLoweringScan {

    private final BoundTableFunction function;

    public TableFunctionCall(RelOptCluster cluster, BoundTableFunction function) {
        super(cluster, cluster.traitSetOf(Convention.NONE));
        this.function = function;
    }

    public BoundTableFunction function() {
        return function;
    }

    @Override
    public PhysicalOperator createOperator(Database database) {
        return function.createOperator();
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (int i = 0; i < function.columnNames().size(); i++) {
            builder.add(function.columnNames().get(i), KuzuTypes.toRel(function.columnTypes().get(i)));
        }
        return builder.build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return this;
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("function", function.describe());
    }
}
