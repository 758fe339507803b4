package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.storage.Database;
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
import java.util.function.Function;

/**
 * A scan of files (LOAD FROM 'f.csv', COPY T FROM 'f.parquet', ...): a leaf producing the files'
 * rows with the given column names and types, read by the operator its reader makes.
 */
public final class FileScan extends AbstractRelNode implements SelfLoweringScan {

    private final List<String> files;
    private final List<String> names;
    private final List<LogicalType> types;
    private final Function<Database, PhysicalOperator> reader;

    public FileScan(RelOptCluster cluster, List<String> files, List<String> names, List<LogicalType> types,
                    Function<Database, PhysicalOperator> reader) {
        super(cluster, cluster.traitSetOf(Convention.NONE));
        this.files = List.copyOf(files);
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.reader = reader;
    }

    @Override
    public PhysicalOperator createOperator(Database database) {
        return reader.apply(database);
    }

    @Override
    protected RelDataType deriveRowType() {
        RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
        for (int i = 0; i < names.size(); i++) {
            builder.add(names.get(i), KuzuTypes.toRel(types.get(i)));
        }
        return builder.uniquify().build();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return this;
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("files", files).item("columns", names);
    }
}
