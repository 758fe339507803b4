package io.kuzujvm.planner.lower;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.processor.AggregateFunction;
import io.kuzujvm.engine.processor.HashAggregateOperator;
import io.kuzujvm.engine.processor.HashJoinOperator;
import io.kuzujvm.engine.processor.InsertNodesOperator;
import io.kuzujvm.engine.processor.InsertRelsOperator;
import io.kuzujvm.engine.processor.ExtendOperator;
import io.kuzujvm.engine.processor.FilterOperator;
import io.kuzujvm.engine.processor.LimitOperator;
import io.kuzujvm.engine.processor.NodeLookupOperator;
import io.kuzujvm.engine.processor.NodeScanOperator;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.processor.ProjectionOperator;
import io.kuzujvm.engine.processor.SortOperator;
import io.kuzujvm.engine.processor.ValuesOperator;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.planner.logical.Extend;
import io.kuzujvm.planner.logical.InsertNodes;
import io.kuzujvm.planner.logical.InsertRels;
import io.kuzujvm.planner.logical.KuzuTypes;
import io.kuzujvm.planner.logical.NodeScan;
import io.kuzujvm.planner.logical.RecursiveExtend;
import io.kuzujvm.planner.logical.WalkTables;
import io.kuzujvm.engine.processor.RecursiveExtendOperator;
import io.kuzujvm.engine.processor.path.EntityFilter;
import io.kuzujvm.engine.processor.path.PathSearch;
import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.engine.processor.path.RelWeights;
import io.kuzujvm.engine.processor.path.PathValueBuilder;
import io.kuzujvm.engine.processor.path.MultiTableSteps;
import io.kuzujvm.engine.processor.path.PathSteps;
import io.kuzujvm.engine.processor.path.RelSteps;
import io.kuzujvm.engine.processor.path.TableIds;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import java.util.function.LongPredicate;
import io.kuzujvm.planner.logical.SelfLoweringScan;
import io.kuzujvm.planner.logical.Unwind;
import io.kuzujvm.engine.processor.UnwindOperator;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;

import io.kuzujvm.engine.processor.MaterializedRows;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Maps an optimized Calcite tree onto the engine's physical operators. */
public final class PlanLowering {

    private final Database database;
    private final List<AttachedDatabase> attachedDatabases;
    private final UpdateLowering updates;
    private final java.util.Map<Integer, MaterializedRows> sharedRows = new java.util.HashMap<>();

    public PlanLowering(Database database, List<AttachedDatabase> attachedDatabases) {
        this.database = database;
        this.attachedDatabases = attachedDatabases;
        this.updates = new UpdateLowering(database);
    }

    public PhysicalOperator lower(RelNode rel) {
        return lower(rel, null);
    }

    /**
     * Lowers a subtree of which the plan above reads only the {@code needed} fields (null:
     * all of them); operators may leave the other columns unset.
     */
    private PhysicalOperator lower(RelNode rel, ImmutableBitSet needed) {
        for (AttachedDatabase attached : attachedDatabases) {
            if (rel.getConvention() == attached.convention()) {
                return attached.createScan(rel);
            }
        }
        if (rel instanceof NodeScan scan) {
            int[] indexes = scan.propertyIndexes().stream().mapToInt(Integer::intValue).toArray();
            return new NodeScanOperator(database.nodeTable(scan.table().name()), indexes);
        }
        if (rel instanceof Filter filter) {
            ImmutableBitSet inputNeeded = needed == null ? null
                    : needed.union(RelOptUtil.InputFinder.bits(filter.getCondition()));
            PhysicalOperator input = filter.getInput() instanceof NodeScan scan
                    ? primaryKeyScan(scan, filter.getCondition()) : null;
            if (input == null) {
                input = lower(filter.getInput(), inputNeeded);
            }
            RexCompiler compiler = new RexCompiler(input.outputTypes(), database);
            return new FilterOperator(input, compiler.compile(filter.getCondition()), filter.getCondition().toString());
        }
        if (rel instanceof Project project) {
            PhysicalOperator input = lower(project.getInput(), RelOptUtil.InputFinder.bits(project.getProjects(), null));
            RexCompiler compiler = new RexCompiler(input.outputTypes(), database);
            List<ExpressionEvaluator> expressions = new ArrayList<>();
            for (RexNode expression : project.getProjects()) {
                expressions.add(compiler.compile(expression));
            }
            return new ProjectionOperator(input, expressions,
                    project.getProjects().stream().map(RexNode::toString).toList());
        }
        if (rel instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        }
        if (rel instanceof Sort sort) {
            return sort(sort);
        }
        if (rel instanceof Union union && union.all) {
            return new io.kuzujvm.engine.processor.UnionAllOperator(
                    union.getInputs().stream().map(input -> lower(input, needed)).toList());
        }
        if (rel instanceof Values values) {
            return values(values);
        }
        if (rel instanceof InsertNodes insert) {
            io.kuzujvm.engine.storage.NodeTable table = database.nodeTable(insert.table().name());
            return insert.ignoreErrors()
                    ? new InsertNodesOperator(lower(insert.getInput()), table, io.kuzujvm.engine.csv.CsvWarnings.of(database))
                    : new InsertNodesOperator(lower(insert.getInput()), table);
        }
        if (rel instanceof RecursiveExtend extend) {
            return recursiveExtend(extend);
        }
        if (rel instanceof io.kuzujvm.planner.logical.SharedRows shared) {
            // Each id runs once; every copy of the node reads the same rows.
            return sharedRows.computeIfAbsent(shared.id(),
                    id -> new MaterializedRows(lower(shared.getInput()))).reader();
        }
        if (UpdateLowering.handles(rel)) {
            SingleRel update = (SingleRel) rel;
            return updates.lower(update, lower(update.getInput()));
        }
        if (rel instanceof Unwind unwind) {
            return new UnwindOperator(lower(unwind.getInput()), unwind.listField(), unwind.elementType());
        }
        if (rel instanceof Extend extend) {
            int[] properties = java.util.stream.IntStream.range(0, extend.relTable().properties().size()).toArray();
            int inputWidth = extend.getInput().getRowType().getFieldCount();
            boolean[] mask = null;
            ImmutableBitSet inputNeeded = null;
            if (needed != null) {
                mask = new boolean[extend.getRowType().getFieldCount()];
                for (int field : needed) {
                    if (field < mask.length) {
                        mask[field] = true;
                    }
                }
                inputNeeded = needed.intersect(ImmutableBitSet.range(inputWidth)).union(
                        ImmutableBitSet.of(extend.idField()));
            }
            return new ExtendOperator(lower(extend.getInput(), inputNeeded),
                    database.relTable(extend.relTable().name()), extend.pair(), extend.directions(),
                    extend.idField(), properties, mask);
        }
        if (rel instanceof Join join) {
            PhysicalOperator lookup = nodeLookup(join, needed);
            return lookup != null ? lookup : join(join);
        }
        if (rel instanceof InsertRels insert) {
            RelTableEntry.Connection connection = insert.table().connections().get(insert.pair());
            return new InsertRelsOperator(lower(insert.getInput()), database.relTable(insert.table().name()),
                    insert.pair(), database.nodeTable(connection.from().name()),
                    database.nodeTable(connection.to().name()));
        }
        if (rel instanceof SelfLoweringScan scan) {
            return scan.createOperator(database);
        }
        throw KuzuException.notImplemented("Plan operator " + rel.getRelTypeName());
    }

    /**
     * A recursive rel: on the fast path (one connection joining the end nodes' table to itself)
     * its search names nodes and rels by offset, else by ids packed with their table.
     */
    private PhysicalOperator recursiveExtend(RecursiveExtend extend) {
        WalkTables tables = extend.tables();
        boolean packed = tables.crossesTables();
        TableIds<NodeTable> nodeIds = packed
                ? TableIds.packed(byTableId(tables.nodeTables(), table -> database.nodeTable(table.name())))
                : TableIds.offsetsIn(tables.start().tableId(), database.nodeTable(tables.start().name()));
        TableIds<RelTable> relIds = packed
                ? TableIds.packed(byTableId(tables.relTables(), table -> database.relTable(table.name())))
                : TableIds.offsetsIn(tables.relTables().get(0).tableId(),
                        database.relTable(tables.relTables().get(0).name()));
        RecursiveExtend.StepFilters filters = extend.filters();
        LongPredicate relFilter = filters.rel().<LongPredicate>map(predicate -> EntityFilter.ofRels(relIds,
                tables.relProperties(), new RexCompiler(RecursiveExtend.filterRowTypes(tables.relProperties()),
                        database).compile(predicate))).orElse(id -> true);
        LongPredicate nodeFilter = filters.node().<LongPredicate>map(predicate -> EntityFilter.ofNodes(nodeIds,
                tables.nodeProperties(), new RexCompiler(RecursiveExtend.filterRowTypes(tables.nodeProperties()),
                        database).compile(predicate))).orElse(id -> true);
        PathSteps steps = packed
                ? new MultiTableSteps(tables.hops().stream().map(hop -> new MultiTableSteps.Hop(
                        database.relTable(hop.relTable().name()), hop.pair(), hop.direction(), hop.from().tableId(),
                        hop.to().tableId())).toList(), relFilter, nodeFilter)
                : new RelSteps(database.relTable(tables.relTables().get(0).name()), tables.hops().get(0).pair(),
                        tables.hops().stream().map(WalkTables.Hop::direction).toList(), relFilter, nodeFilter);
        PathSearch search = extend.weights().map(weights -> PathSearch.weighted(steps,
                        new RelWeights(relIds, weights.property(), weights.algorithm()), extend.minHops(),
                        extend.maxHops(), extend.semantic() == PathSemantic.ALL_SHORTEST))
                .orElseGet(() -> PathSearch.of(extend.semantic(), steps, extend.minHops(), extend.maxHops()));
        PathValueBuilder values = extend.path().map(path -> new PathValueBuilder(nodeIds, path.nodeProperties(),
                relIds, path.relProperties())).orElse(null);
        return new RecursiveExtendOperator(lower(extend.getInput()), search, extend.idField(), values,
                packed ? tables.start().tableId() : -1, packed ? tables.end().tableId() : -1,
                extend.weights().isPresent());
    }

    private static <E extends io.kuzujvm.engine.catalog.TableEntry, T> Map<Long, T> byTableId(List<E> entries,
                                                                                             Function<E, T> open) {
        Map<Long, T> tables = new HashMap<>();
        entries.forEach(entry -> tables.put(entry.tableId(), open.apply(entry)));
        return tables;
    }

    /**
     * A scan of the one node a filter's {@code primaryKey = literal} conjunct names, read through
     * the primary-key index; null when the filter has no such conjunct. The whole filter still
     * runs above it.
     */
    private PhysicalOperator primaryKeyScan(NodeScan scan, RexNode condition) {
        io.kuzujvm.engine.catalog.NodeTableEntry table = scan.table();
        LogicalType keyType = table.primaryKey().type();
        for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
            if (!(conjunct instanceof RexCall call) || call.getKind() != SqlKind.EQUALS) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                if (call.getOperands().get(side) instanceof RexInputRef ref && ref.getIndex() > 0
                        && scan.propertyIndexes().get(ref.getIndex() - 1) == table.primaryKeyIndex()
                        && call.getOperands().get(1 - side) instanceof RexLiteral literal && !literal.isNull()
                        && KuzuTypes.toLogical(literal.getType()).equals(keyType)) {
                    int[] indexes = scan.propertyIndexes().stream().mapToInt(Integer::intValue).toArray();
                    return NodeScanOperator.byPrimaryKey(database.nodeTable(table.name()), indexes,
                            RexCompiler.literalValue(literal, keyType));
                }
            }
        }
        return null;
    }

    /**
     * The join of an Extend with the node scan of its neighbour's table on the node id (how
     * a MATCH step reaches its neighbour), done as a read of the neighbours by offset instead
     * of a hash join; null for any other join.
     */
    private PhysicalOperator nodeLookup(Join join, ImmutableBitSet needed) {
        // A filter on the neighbour's properties (pushed into the join's right side) runs
        // after the lookup, on the same fields shifted past the left side.
        RelNode right = join.getRight();
        RexNode neighbourFilter = null;
        if (right instanceof Filter filter) {
            neighbourFilter = filter.getCondition();
            right = filter.getInput();
        }
        if (join.getJoinType() != JoinRelType.INNER || !(right instanceof NodeScan scan)
                || !(join.getLeft() instanceof Extend extend)) {
            return null;
        }
        JoinInfo info = join.analyzeCondition();
        int leftWidth = extend.getRowType().getFieldCount();
        int neighbourField = extend.getInput().getRowType().getFieldCount() + 1;
        if (!info.isEqui() || info.leftKeys.size() != 1 || info.leftKeys.get(0) != neighbourField
                || info.rightKeys.get(0) != 0) {
            return null;
        }
        RelTableEntry.Connection connection = extend.relTable().connections().get(extend.pair());
        io.kuzujvm.engine.catalog.NodeTableEntry reached =
                extend.directions().contains(io.kuzujvm.engine.storage.RelTable.Direction.FORWARD)
                        ? connection.to() : connection.from();
        if (!reached.name().equalsIgnoreCase(scan.table().name())) {
            return null;
        }
        if (neighbourFilter != null) {
            RexNode shifted = RexUtil.shift(neighbourFilter, leftWidth);
            needed = needed == null ? null : needed.union(RelOptUtil.InputFinder.bits(shifted));
            PhysicalOperator lookup = nodeLookup(extend, scan, neighbourField, needed);
            return new FilterOperator(lookup, new RexCompiler(lookup.outputTypes(), database).compile(shifted),
                    shifted.toString());
        }
        return nodeLookup(extend, scan, neighbourField, needed);
    }

    private PhysicalOperator nodeLookup(Extend extend, NodeScan scan, int neighbourField, ImmutableBitSet needed) {
        int leftWidth = extend.getRowType().getFieldCount();
        int[] properties = scan.propertyIndexes().stream().mapToInt(Integer::intValue).toArray();
        boolean[] neededProperties = new boolean[properties.length];
        for (int p = 0; p < properties.length; p++) {
            neededProperties[p] = needed == null || needed.get(leftWidth + 1 + p);
        }
        boolean idNeeded = needed == null || needed.get(leftWidth);
        ImmutableBitSet leftNeeded = needed == null ? null
                : needed.intersect(ImmutableBitSet.range(leftWidth)).union(ImmutableBitSet.of(neighbourField));
        return new NodeLookupOperator(lower(extend, leftNeeded), database.nodeTable(scan.table().name()),
                neighbourField, properties, idNeeded, neededProperties);
    }

    /** Inner equi-joins (or cross products) as hash joins that build on the right input. */
    private PhysicalOperator join(Join join) {
        JoinInfo info = join.analyzeCondition();
        boolean left = join.getJoinType() == JoinRelType.LEFT;
        if (join.getJoinType() != JoinRelType.INNER && !(left && info.isEqui())) {
            throw KuzuException.notImplemented(join.getJoinType() + " joins with these conditions");
        }
        PhysicalOperator result = new HashJoinOperator(lower(join.getLeft()), lower(join.getRight()),
                info.leftKeys.toIntArray(), info.rightKeys.toIntArray(), left,
                io.kuzujvm.planner.logical.UpdatePlanner.writes(join.getLeft()));
        if (info.isEqui()) {
            return result;
        }
        RexNode residual = info.getRemaining(join.getCluster().getRexBuilder());
        return new FilterOperator(result, new RexCompiler(result.outputTypes(), database).compile(residual), residual.toString());
    }

    private PhysicalOperator aggregate(Aggregate aggregate) {
        List<HashAggregateOperator.Aggregate> aggregates = new ArrayList<>();
        for (AggregateCall call : aggregate.getAggCallList()) {
            AggregateFunction function = switch (call.getAggregation().getKind()) {
                case COUNT -> call.getArgList().isEmpty() ? AggregateFunction.COUNT_STAR : AggregateFunction.COUNT;
                case SUM, SUM0 -> AggregateFunction.SUM;
                case MIN -> AggregateFunction.MIN;
                case MAX -> AggregateFunction.MAX;
                case AVG -> AggregateFunction.AVG;
                case ARRAY_AGG -> AggregateFunction.COLLECT;
                default -> throw KuzuException.notImplemented("Aggregate " + call.getAggregation().getName());
            };
            int column = call.getArgList().isEmpty() ? -1 : call.getArgList().get(0);
            aggregates.add(new HashAggregateOperator.Aggregate(function, column, KuzuTypes.toLogical(call.getType()),
                    call.isDistinct()));
        }
        ImmutableBitSet.Builder inputNeeded = ImmutableBitSet.builder().addAll(aggregate.getGroupSet());
        for (AggregateCall call : aggregate.getAggCallList()) {
            inputNeeded.addAll(call.getArgList());
            if (call.filterArg >= 0) {
                inputNeeded.set(call.filterArg);
            }
        }
        return new HashAggregateOperator(lower(aggregate.getInput(), inputNeeded.build()),
                aggregate.getGroupSet().toArray(), aggregates);
    }

    private PhysicalOperator sort(Sort sort) {
        PhysicalOperator result = lower(sort.getInput());
        if (!sort.getCollation().getFieldCollations().isEmpty()) {
            List<SortOperator.SortKey> keys = new ArrayList<>();
            for (RelFieldCollation collation : sort.getCollation().getFieldCollations()) {
                keys.add(new SortOperator.SortKey(collation.getFieldIndex(),
                        !collation.getDirection().isDescending()));
            }
            result = new SortOperator(result, keys);
        }
        long offset = sort.offset == null ? 0 : RexLiteral.intValue(sort.offset);
        long fetch = sort.fetch == null ? -1 : RexLiteral.intValue(sort.fetch);
        return offset == 0 && fetch < 0 ? result : new LimitOperator(result, offset, fetch);
    }

    private static PhysicalOperator values(Values values) {
        List<LogicalType> types = values.getRowType().getFieldList().stream()
                .map(f -> KuzuTypes.toLogical(f.getType())).toList();
        List<Object[]> rows = new ArrayList<>();
        for (List<RexLiteral> tuple : values.getTuples()) {
            Object[] row = new Object[tuple.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = RexCompiler.literalValue(tuple.get(i), types.get(i));
            }
            rows.add(row);
        }
        return new ValuesOperator(types, rows, "Values(" + rows.size() + " rows)");
    }
}
