package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.csv.CsvScanOperator;
import io.kuzujvm.engine.csv.CsvSchema;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.storage.Database;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

/** A scan of CSV files (LOAD FROM 'f.csv', COPY T FROM 'f.csv'): a leaf producing the files' rows. */
public final class FileScan extends AbstractRelNode implements SelfLoweringScan {

    private final List<String> files;
    private final CsvSchema schema;

    public FileScan(RelOptCluster cluster, List<String> files, CsvSchema schema) {
        super(cluster, cluster.traitSetOf(Convention.NONE));
        this.files = List.copyOf(files);
        this.schema = schema;
    }

    public List<String> files() {
        return files;
    }

    public CsvSchema schema() {
        return schema;
    }

    @Override
    public PhysicalOperator createOperator(Database database) {
        return new CsvScanOperator(files, schema, database);
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (int i = 0; i < schema.names().size(); i++) {
            builder.add(schema.names().get(i), KuzuTypes.toRel(schema.types().get(i)));
        }
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return this;
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("files", files).item("columns", schema.names());
    }
}
