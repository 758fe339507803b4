package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
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
 * Neighbours of the node in an id field of the input, through one connection (node-table
 * pair) of a rel table's CSR in the given directions. Appends the rel id, the neighbour's
 * id and the rel's properties to the input row.
 */
public final class Extend extends RelStep {

    private final String relVariable;
    private final String neighbourVariable;

    public Extend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                  List<RelTable.Direction> directions, int idField, String relVariable, String neighbourVariable) {
        super(cluster, traits, input, relTable, pair, directions, idField);
        this.relVariable = relVariable;
        this.neighbourVariable = neighbourVariable;
    }

    @Override
    protected void addAppendedColumns(RelDataTypeFactory.Builder builder) {
        builder.add(relVariable + "._id", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        builder.add(neighbourVariable + "._nbr", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        for (Property property : relTable().properties()) {
            builder.add(relVariable + "." + property.name(), KuzuTypes.toRel(property.type()));
        }
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new Extend(getCluster(), traitSet, sole(inputs), relTable(), pair(), directions(), idField(),
                relVariable, neighbourVariable);
    }

    @Override
    protected RelWriter explainStep(RelWriter pw) {
        return pw
                .item("from", relTable().connections().get(pair()).from().name())
                .item("to", relTable().connections().get(pair()).to().name());
    }
}
