package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
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
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.List;

/**
 * MERGE of one node, or of one rel between two bound nodes, per input row: the input's last
 * fields are the entity's properties in table order (given values, defaults, nulls). Rows
 * whose entity exists (same values in the {@code matchProperties}; for a rel also the same
 * ends) come out once per existing entity; otherwise the entity is created. Appends the
 * entity's id, whether it was created, and its stored properties in table order.
 */
public final class MergeEntities extends EntityWrite {

    private final List<Integer> matchProperties;

    private MergeEntities(RelOptCluster cluster, RelTraitSet traits, RelNode input, TableEntry table,
                          List<Integer> matchProperties, int pair, int sourceField, int destinationField) {
        super(cluster, traits, input, table, pair, sourceField, destinationField);
        this.matchProperties = List.copyOf(matchProperties);
    }

    public static MergeEntities node(RelNode input, NodeTableEntry table, List<Integer> matchProperties) {
        return new MergeEntities(input.getCluster(), input.getTraitSet(), input, table, matchProperties, -1, -1, -1);
    }

    public static MergeEntities rel(RelNode input, RelTableEntry table, List<Integer> matchProperties, int pair,
                                    int sourceField, int destinationField) {
        return new MergeEntities(input.getCluster(), input.getTraitSet(), input, table, matchProperties, pair,
                sourceField, destinationField);
    }

    public List<Integer> matchProperties() {
        return matchProperties;
    }

    /** The field of the merged entity's id; the created flag and its properties follow it. */
    public int idField() {
        return input.getRowType().getFieldCount();
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory factory = getCluster().getTypeFactory();
        RelDataTypeFactory.Builder builder = factory.builder();
        for (RelDataTypeField field : input.getRowType().getFieldList()) {
            builder.add(field);
        }
        builder.add(table().name() + "._id", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        builder.add(table().name() + "._created", factory.createSqlType(SqlTypeName.BOOLEAN));
        for (Property property : table().properties()) {
            builder.add(table().name() + "." + property.name(), KuzuTypes.toRel(property.type()));
        }
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new MergeEntities(getCluster(), traitSet, sole(inputs), table(), matchProperties, pair(),
                sourceField(), destinationField());
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table().name())
                .item("match", matchProperties.stream().map(p -> table().properties().get(p).name()).toList())
                .itemIf("pair", pair(), pair() >= 0);
    }
}
