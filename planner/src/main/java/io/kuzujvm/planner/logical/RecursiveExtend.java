package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.processor.path.PropertyUnion;
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
 * Recursive relationships: the paths of {@code minHops..maxHops} rels from the node in an id
 * field that a {@link PathSemantic} selects, through the hops of {@link WalkTables}, ending at a
 * node of its end table; appends the id of that node, when asked the path itself as a
 * RECURSIVE_REL value, and for weighted shortest paths their cost.
 */
public final class RecursiveExtend extends ColumnAppendingRel {

    /** The path value to append: its column name, and which properties its nodes and rels carry. */
    public record PathOutput(String name, PropertyUnion nodeProperties, PropertyUnion relProperties) {
    }

    /**
     * The predicates on the intermediate nodes and on the rels of the paths, each over a row of
     * one node or rel: its id, then the properties of its tables (see {@link RecursiveFilterBinder}).
     */
    public record StepFilters(Optional<RexNode> node, Optional<RexNode> rel) {

        public static final StepFilters NONE = new StepFilters(Optional.empty(), Optional.empty());
    }

    /**
     * The rel property whose sum a weighted shortest path minimizes, and the algorithm Kùzu names
     * in its error for a negative weight.
     */
    public record Weights(String property, String algorithm) {
    }

    private final WalkTables tables;
    private final int idField;
    private final PathSemantic semantic;
    private final int minHops;
    private final int maxHops;
    private final StepFilters filters;
    private final String neighbourVariable;
    private final Optional<PathOutput> path;
    private final Optional<Weights> weights;

    public RecursiveExtend(RelOptCluster cluster, RelTraitSet traits, RelNode input, WalkTables tables, int idField,
                           PathSemantic semantic, int minHops, int maxHops, StepFilters filters,
                           String neighbourVariable, Optional<PathOutput> path, Optional<Weights> weights) {
        super(cluster, traits, input);
        this.tables = tables;
        this.idField = idField;
        this.semantic = semantic;
        this.minHops = minHops;
        this.maxHops = maxHops;
        this.filters = filters;
        this.neighbourVariable = neighbourVariable;
        this.path = path;
        this.weights = weights;
    }

    public WalkTables tables() {
        return tables;
    }

    public int idField() {
        return idField;
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

    public Optional<Weights> weights() {
        return weights;
    }

    /** The row a filter of the paths reads: the id of a node or rel, then the properties of its tables. */
    public static List<LogicalType> filterRowTypes(PropertyUnion properties) {
        List<LogicalType> types = new ArrayList<>(List.of(LogicalType.INTERNAL_ID));
        types.addAll(properties.types());
        return types;
    }

    @Override
    protected void addAppendedColumns(RelDataTypeFactory.Builder builder) {
        builder.add(neighbourVariable + "._end", KuzuTypes.toRel(LogicalType.INTERNAL_ID));
        path.ifPresent(output -> builder.add(output.name(),
                KuzuTypes.toRel(PathValueBuilder.type(output.nodeProperties(), output.relProperties()))));
        weights.ifPresent(w -> builder.add(neighbourVariable + "._cost", KuzuTypes.toRel(LogicalType.DOUBLE)));
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new RecursiveExtend(getCluster(), traitSet, sole(inputs), tables, idField, semantic, minHops, maxHops,
                filters, neighbourVariable, path, weights);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("hops", tables.hops()).item("start", tables.start().name())
                .item("end", tables.end().name()).item("id", "$" + idField).item("semantic", semantic)
                .item("length", minHops + ".." + maxHops)
                .itemIf("nodeFilter", filters.node().orElse(null), filters.node().isPresent())
                .itemIf("relFilter", filters.rel().orElse(null), filters.rel().isPresent())
                .itemIf("path", path.map(PathOutput::name).orElse(""), path.isPresent())
                .itemIf("weights", weights.map(Weights::property).orElse(""), weights.isPresent());
    }
}
