package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive relationships: the paths of {@code minHops..maxHops} rels of one rel table from the
 * node in an id field that a {@link PathSemantic} selects; appends the id of the node where each
 * ends and, when asked, the path itself as a RECURSIVE_REL value.
 */
public final class RecursiveExtend extends RelStep {

    /** The path value to append: its column name, and which properties its nodes and rels carry. */
    public record PathOutput(String name, List<Integer> nodeProperties, List<Integer> relProperties) {

        public PathOutput {
            nodeProperties = List.copyOf(nodeProperties);
            relProperties = List.copyOf(relProperties);
        }
    }

    /**
     * The predicates on the intermediate nodes and on the rels of the paths, each over a row of
     * one node or rel: its id, then its properties (see {@link RecursiveFilterBinder}).
     */
    public record StepFilters(Optional<RexNode> node, Optional<RexNode> rel) {

        public static final StepFilters NONE = new StepFilters(Optional.empty(), Optional.empty());
    }

    private final PathSemantic semantic;
    private final int minHops;
    private final int maxHops;
    private final StepFilters filters;
    private final String neighbourVariable;
    private final Optional<PathOutput> path;

    public RecursiveExtend(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelTableEntry relTable, int pair,
                           List<RelTable.Direction> directions, int idField, PathSemantic semantic, int minHops,
                           int maxHops, StepFilters filters, String neighbourVariable, Optional<PathOutput> path) {
        super(cluster, traits, input, relTable, pair, directions, idField);
        this.semantic = semantic;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.filters = filters;
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

    public StepFilters filters() {
        return filters;
    }

    public Optional<PathOutput> path() {
        return path;
    }

    /** The type of the appended path value. */
    public LogicalType pathType(PathOutput output) {
        return PathValueBuilder.type(nodeTable().properties(), toArray(output.nodeProperties()),
                relTable().properties(), toArray(output.relProperties()));
    }

    /** The node table the paths go through: a recursive rel joins one node table to itself. */
    public NodeTableEntry nodeTable() {
        return relTable().connections().get(pair()).from();
    }

    /** The row a filter of the paths reads: the id of a node or rel, then its properties. */
    public static List<LogicalType> filterRowTypes(TableEntry table) {
        List<LogicalType> types = new ArrayList<>(List.of(LogicalType.INTERNAL_ID));
        table.properties().stream().map(Property::type).forEach(types::add);
        return types;
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
                semantic, minHops, maxHops, filters, neighbourVariable, path);
    }

    @Override
    protected RelWriter explainStep(RelWriter pw) {
        return pw.item("semantic", semantic).item("hops", minHops + ".." + maxHops)
                .itemIf("nodeFilter", filters.node().orElse(null), filters.node().isPresent())
                .itemIf("relFilter", filters.rel().orElse(null), filters.rel().isPresent())
                .itemIf("path", path.map(PathOutput::name).orElse(""), path.isPresent());
    }
}
