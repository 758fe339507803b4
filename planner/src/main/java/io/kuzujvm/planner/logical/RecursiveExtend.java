package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;
import java.util.Optional;

/**
 * Recursive relationships: the paths of {@code minHops..maxHops} rels of one rel table from the
 * node in an id field that a {@link PathSemantic} selects; appends the id of the node where each
 * ends and, when asked, the path itself as a RECURSIVE_REL value.
 */
public final class RecursiveExtend extends RelStep {

    /** The path value to append: its column name, and which properties its nodes and rels carry. */
    public record PathOutput(String name, NodeTableEntry nodeTable, List<Integer> nodeProperties,
                             List<Integer> relProperties) {

        public PathOutput {
            nodeProperties = List.copyOf(nodeProperties);
            relProperties = List.copyOf(relProperties);
        }
    }

    private final PathSemantic semantic;
    private final int minHops;
    private final int maxHops;
    private final String neighbourVariable;
    private final Optional<PathOutput> path;

    public RecursiveExtend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                           List<RelTable.Direction> directions, int idField, PathSemantic semantic, int minHops,
                           int maxHops, String neighbourVariable, Optional<PathOutput> path) {
        super(cluster, traits, input, relTable, pair, directions, idField);
        this.semantic = semantic;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.neighbourVariable = neighbourVariable;
        this.path = path;
    }

    public PathSemantic semantic() {
        return semantic;
    }

    public int minHops() {
        return minHops;
    }

    public int maxHops() {
        return maxHops;
    }

    public Optional<PathOutput> path() {
        return path;
    }

    /** The type of the appended path value. */
    public LogicalType pathType(PathOutput output) {
        return PathValueBuilder.type(output.nodeTable().properties(), toArray(output.nodeProperties()),
                relTable().properties(), toArray(output.relProperties()));
    }

    public static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    protected void addAppendedColumns(RelDataTypeFactory.Builder builder) {
        builder.add(neighbourVariable + "._end", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        path.ifPresent(output -> builder.add(output.name(), KuzuTypes.toRel(pathType(output))));
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new RecursiveExtend(getCluster(), traitSet, sole(inputs), relTable(), pair(), directions(), idField(),
                semantic, minHops, maxHops, neighbourVariable, path);
    }

    @Override
    protected RelWriter explainStep(RelWriter pw) {
        return pw.item("semantic", semantic).item("hops", minHops + ".." + maxHops)
                .itemIf("path", path.map(PathOutput::name).orElse(""), path.isPresent());
    }
}
