package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
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
 * Neighbours of the node in an id field of the input, through one connection (node-table
 * pair) of a rel table's CSR in the given directions. Appends the rel id, the neighbour's
 * id and the rel's properties to the input row.
 */
public final class Extend extends SingleRel implements ColumnAppendingRel {

    private final RelTableEntry relTable;
    private final int pair;
    private final List<RelTable.Direction> directions;
    private final int idField;
    private final String relVariable;
    private final String neighbourVariable;

    public Extend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                  List<RelTable.Direction> directions, int idField, String relVariable, String neighbourVariable) {
        super(cluster, traits, input);
        this.relTable = relTable;
        this.pair = pair;
        this.directions = List.copyOf(directions);
        this.idField = idField;
        this.relVariable = relVariable;
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

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (RelDataTypeField field : input.getRowType().getFieldList()) {
            builder.add(field);
        }
        builder.add(relVariable + "._id", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        builder.add(neighbourVariable + "._nbr", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        for (Property property : relTable.properties()) {
            builder.add(relVariable + "." + property.name(), KuzuTypes.toRel(property.type()));
        }
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new Extend(getCluster(), traitSet, sole(inputs), relTable, pair, directions, idField, relVariable,
                neighbourVariable);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("rel", relTable.name())
                .item("from", relTable.connections().get(pair).from().name())
                .item("to", relTable.connections().get(pair).to().name())
                .item("directions", directions)
                .item("id", "$" + idField);
    }
}
