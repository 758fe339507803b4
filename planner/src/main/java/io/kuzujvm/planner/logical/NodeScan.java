package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

/**
 * Scans a node table: the first field is the node's internal id, then the requested
 * properties in the given order. Fields are named {@code variable.property}.
 */
public final class NodeScan extends AbstractRelNode {

    private final NodeTableEntry table;
    private final String variable;
    private final List<Integer> propertyIndexes;

    public NodeScan(RelOptCluster cluster, NodeTableEntry table, String variable, List<Integer> propertyIndexes) {
        super(cluster, cluster.traitSetOf(Convention.NONE));
        this.table = table;
        this.variable = variable;
        this.propertyIndexes = List.copyOf(propertyIndexes);
    }

    public NodeTableEntry table() {
        return table;
    }

    public String variable() {
        return variable;
    }

    /** Indexes into the table's properties, in field order (after the id). */
    public List<Integer> propertyIndexes() {
        return propertyIndexes;
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        builder.add(variable + "._id", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        for (int index : propertyIndexes) {
            Property property = table.properties().get(index);
            builder.add(variable + "." + property.name(), KuzuTypes.toRel(property.type()));
        }
        return builder.build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new NodeScan(getCluster(), table, variable, propertyIndexes);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("table", table.name())
                .item("properties", propertyIndexes.stream().map(i -> table.properties().get(i).name()).toList());
    }
}
