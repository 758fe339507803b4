package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;

import java.util.List;

/**
 * CREATE of one node or rel per input row. The input's last fields are the new entity's
 * properties in table order; a rel also names the fields of its source and destination
 * nodes. Appends the new entity's internal id to the row.
 */
public final class CreateEntities extends EntityWrite {


    private CreateEntities(RelOptCluster cluster, RelTraitSet traits, RelNode input, TableEntry table, int pair,
                           int sourceField, int destinationField) {
        super(cluster, traits, input, table, pair, sourceField, destinationField);
    }

    public static CreateEntities nodes(RelNode input, NodeTableEntry table) {
        return new CreateEntities(input.getCluster(), input.getTraitSet(), input, table, -1, -1, -1);
    }

    public static CreateEntities rels(RelNode input, RelTableEntry table, int pair, int sourceField,
                                      int destinationField) {
        return new CreateEntities(input.getCluster(), input.getTraitSet(), input, table, pair, sourceField,
                destinationField);
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (RelDataTypeField field : input.getRowType().getFieldList()) {
            builder.add(field);
        }
        builder.add(table().name() + "._id", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new CreateEntities(getCluster(), traitSet, sole(inputs), table(), pair(), sourceField(),
                destinationField());
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table().name()).itemIf("pair", pair(), pair() >= 0);
    }
}
