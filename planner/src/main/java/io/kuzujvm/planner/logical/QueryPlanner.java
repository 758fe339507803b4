package io.kuzujvm.planner.logical;

import com.google.common.collect.ImmutableList;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.engine.processor.path.PropertyUnion;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.FreeVariables;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.ast.SingleQuery;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.binder.ExpressionBinder;
import io.kuzujvm.planner.binder.Scope;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.function.BoundTableFunction;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.ViewExpanders;
import org.apache.calcite.prepare.RelOptTableImpl;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a query against the catalog and attached databases and builds its Calcite
 * plan with {@link RelBuilder}: graph scans are {@link NodeScan}s, attached tables are
 * their own table scans, table functions are {@link TableFunctionCall}s.
 */
public final class QueryPlanner {

    private final GraphDatabase database;
    private final Optional<String> defaultDatabase;
    private final Map<String, Object> parameters;
    private final PlanContext context;
    private final RelBuilder builder;
    private final UpdatePlanner updates;
    private int anonymousVariables;

    public QueryPlanner(GraphDatabase database, Optional<String> defaultDatabase, Map<String, Object> parameters,
                        PlanContext context) {
        this.database = database;
        this.defaultDatabase = defaultDatabase;
        this.parameters = parameters;
        this.context = context;
        this.builder = context.relBuilder();
        this.updates = new UpdatePlanner(this, builder);
    }

    public LogicalPlan planQuery(Statement.Query query) {
        if (query.parts().size() == 1) {
            return planSingleQuery(query.parts().get(0));
        }
        if (query.unionAll().stream().distinct().count() > 1) {
            throw KuzuException.binder("Union and union all can not be used together.");
        }
        List<LogicalPlan> parts = new ArrayList<>();
        for (SingleQuery part : query.parts()) {
            parts.add(planSingleQuery(part));
        }
        LogicalPlan first = parts.get(0);
        for (LogicalPlan part : parts.subList(1, parts.size())) {
            checkUnionColumns(first, part);
        }
        parts.forEach(part -> builder.push(part.root()));
        builder.union(true, parts.size());
        if (!query.unionAll().get(0)) {
            builder.distinct();
        }
        return new LogicalPlan(builder.build(), first.columnNames());
    }

    /** The parts of a UNION give as many columns as the first, of the same types. */
    private void checkUnionColumns(LogicalPlan first, LogicalPlan part) {
        List<RelDataTypeField> expected = first.root().getRowType().getFieldList();
        List<RelDataTypeField> actual = part.root().getRowType().getFieldList();
        if (expected.size() != actual.size()) {
            throw KuzuException.binder("The number of columns to union/union all must be the same.");
        }
        for (int i = 0; i < expected.size(); i++) {
            LogicalType expectedType = KuzuTypes.toLogical(expected.get(i).getType());
            LogicalType actualType = KuzuTypes.toLogical(actual.get(i).getType());
            if (!expectedType.equals(actualType) && expectedType.id() != TypeId.ANY && actualType.id() != TypeId.ANY) {
                throw KuzuException.binder(part.columnNames().get(i) + " has data type " + actualType + " but "
                        + expectedType + " was expected.");
            }
        }
    }

    private LogicalPlan planSingleQuery(SingleQuery query) {
        List<Clause> clauses = query.clauses();
        Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
        Scope scope = clauses.isEmpty() ? new Scope() : planReading(clauses);
        if (query.returnClause().isPresent()) {
            if (clauses.isEmpty()) {
                // RETURN without a reading clause: one row of constants.
                builder.values(new String[] {"_dummy"}, 0L);
            }
            return project(query.returnClause().get(), scope).plan();
        }
        if (last instanceof Clause.Call) {
            RelNode root = builder.build();
            return new LogicalPlan(root, root.getRowType().getFieldNames());
        }
        if (clauses.stream().anyMatch(Clause::updates)) {
            // An update without RETURN: it runs for its effect and returns nothing.
            return new LogicalPlan(builder.build(), List.of());
        }
        throw KuzuException.binder("Query must conclude with RETURN clause");
    }

    /** Plans reading clauses and WITH in order; returns the variables in scope after them. */
    private Scope planReading(List<Clause> clauses) {
        Scope scope = new Scope();
        boolean hasInput = false;
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Projection with) {
                if (!hasInput) {
                    builder.values(new String[] {"_dummy"}, 0L);
                }
                Projected projected = project(with, scope);
                // The projection was built into a plan; the clauses after WITH continue on top of it.
                builder.push(projected.plan().root());
                scope = projected.scope();
            } else if (clause.updates()) {
                if (!hasInput) {
                    builder.values(new String[] {"_dummy"}, 0L);
                }
                updates.plan(clause, scope);
            } else {
                scope = readingClause(clause, scope, hasInput);
            }
            hasInput = true;
        }
        return scope;
    }

    private static String clauseName(Clause clause) {
        if (clause instanceof Clause.Match) {
            return "MATCH";
        }
        if (clause instanceof Clause.Unwind) {
            return "UNWIND";
        }
        if (clause instanceof Clause.LoadFrom) {
            return "LOAD FROM";
        }
        return clause instanceof Clause.Call ? "CALL" : "WITH";
    }

    /** Plans a reading clause on top of what is planned so far (joined to it when there is something). */
    private Scope readingClause(Clause clause, Scope scope, boolean hasInput) {
        if (clause instanceof Clause.Match match) {
            return match(match, scope, hasInput);
        }
        if (clause instanceof Clause.Unwind unwind) {
            return unwind(unwind, scope, hasInput);
        }
        int offset = hasInput ? builder.peek().getRowType().getFieldCount() : 0;
        Scope added;
        if (clause instanceof Clause.LoadFrom load) {
            added = loadFrom(load, !hasInput);
        } else if (clause instanceof Clause.Call call) {
            added = call(call);
        } else {
            throw KuzuException.notImplemented(clauseName(clause));
        }
        if (!hasInput) {
            return added;
        }
        builder.join(JoinRelType.INNER, builder.literal(true));
        for (Scope.Binding binding : added.all()) {
            scope.add(new Scope.ValueBinding(binding.name(), offset + ((Scope.ValueBinding) binding).field()));
        }
        if (clause instanceof Clause.LoadFrom load && load.where().isPresent()) {
            // The WHERE of a LOAD FROM after other clauses sees their variables too.
            builder.filter(expressionBinder().bind(load.where().get(), scope));
        }
        return scope;
    }

    /** UNWIND list AS x: the list is computed per row, then each row repeats once per element. */
    private Scope unwind(Clause.Unwind unwind, Scope scope, boolean hasInput) {
        if (!hasInput) {
            builder.values(new String[] {"_dummy"}, 0L);
        }
        RexNode list = expressionBinder().bind(unwind.expression(), scope);
        io.kuzujvm.engine.types.LogicalType type = KuzuTypes.toLogical(list.getType());
        if (type.id() != io.kuzujvm.engine.types.TypeId.LIST && type.id() != io.kuzujvm.engine.types.TypeId.ARRAY) {
            String name = unwind.expression() instanceof Expression.Variable v ? v.name() : "The expression";
            throw KuzuException.binder(name + " has data type " + type + " but LIST was expected.");
        }
        int width = builder.peek().getRowType().getFieldCount();
        List<RexNode> fields = new ArrayList<>(builder.fields());
        fields.add(list);
        builder.project(fields);
        RelNode input = builder.build();
        builder.push(new Unwind(context.cluster(), input.getTraitSet(), input, width, unwind.alias()));
        scope.add(new Scope.ValueBinding(unwind.alias(), width + 1));
        return scope;
    }

    // ---- MATCH ----

    /**
     * A MATCH as the first clause: each pattern part starts from a node scan (joined to the
     * parts before it), and each relationship step is an {@link Extend} followed by a join
     * with the neighbour's node scan, or a filter when the neighbour is already bound.
     */
    private Scope match(Clause.Match match, Scope scope, boolean hasRows) {
        if (match.optional()) {
            return optionalMatch(match, scope, hasRows);
        }
        List<List<PatternPart>> branches = labelExpansion().expand(match.pattern(), scope);
        if (branches.size() > 1) {
            return matchBranches(match, branches, scope, hasRows);
        }
        List<PatternPart> pattern = branches.isEmpty() ? match.pattern() : branches.get(0);
        List<RexNode> conditions = new ArrayList<>();
        boolean hasInput = hasRows;
        for (PatternPart part : pattern) {
            Scope.NodeBinding current = bindNode(withStartLabelFromRel(part, scope), scope, hasInput, conditions);
            hasInput = true;
            List<Scope.Binding> pathElements = new ArrayList<>(List.of(current));
            for (PatternPart.Step step : part.chain()) {
                BoundStep bound = extend(current, step, part.pathVariable().isPresent(), scope, conditions);
                pathElements.add(bound.rel());
                pathElements.add(bound.node());
                current = bound.node();
            }
            part.pathVariable().ifPresent(name -> scope.add(new Scope.PathBinding(name, pathElements)));
        }
        match.where().ifPresent(where -> conditions.add(expressionBinder().bind(where, scope)));
        if (!conditions.isEmpty()) {
            builder.filter(conditions);
        }
        return scope;
    }

    private LabelExpansion labelExpansion() {
        return new LabelExpansion(nodeTables(), relTables(), this::nodeTable, this::relTable);
    }

    /** Every node table of the catalog. */
    List<NodeTableEntry> nodeTables() {
        return database.engine().catalog().tables().stream().filter(t -> t instanceof NodeTableEntry)
                .map(t -> (NodeTableEntry) t).toList();
    }

    /**
     * A MATCH whose nodes or rels may be of several tables: one plan per consistent choice of
     * tables (each reads the rows before the MATCH again), unioned.
     */
    private Scope matchBranches(Clause.Match match, List<List<PatternPart>> branches, Scope scope, boolean hasRows) {
        RelNode input = hasRows ? builder.build() : null;
        if (input != null && UpdatePlanner.writes(input)) {
            input = new SharedRows(input);
        }
        List<RelNode> plans = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        for (List<PatternPart> pattern : branches) {
            if (input != null) {
                builder.push(input);
            }
            scopes.add(match(new Clause.Match(pattern, Optional.empty(), false), scope.copy(), hasRows));
            plans.add(builder.build());
        }
        int inputWidth = input == null ? 0 : input.getRowType().getFieldCount();
        Scope unioned = new BranchUnion(builder, plans, scopes).union(scope, inputWidth);
        // The WHERE sees each variable over all its tables: a property some of them lack is null there.
        match.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, unioned)));
        return unioned;
    }

    /**
     * OPTIONAL MATCH: the pattern is planned on its own (variables it shares with the rows so
     * far are scanned again) and left-joined to those rows on the shared nodes' ids, so a row
     * without a match is kept with nulls for the new variables.
     */
    private Scope optionalMatch(Clause.Match match, Scope scope, boolean hasRows) {
        if (!hasRows) {
            builder.values(new String[] {"_dummy"}, 0L);
        }
        int leftWidth = builder.peek().getRowType().getFieldCount();
        Scope pattern = match(new Clause.Match(withBoundLabels(match.pattern(), scope), match.where(), false),
                new Scope(), false);
        List<RexNode> joinConditions = new ArrayList<>();
        for (Scope.Binding binding : pattern.all()) {
            Optional<Scope.Binding> outer = scope.find(binding.name());
            if (outer.isPresent()) {
                if (!(outer.get() instanceof Scope.EntityBinding outerEntity)
                        || !(binding instanceof Scope.EntityBinding inner)) {
                    throw KuzuException.notImplemented("OPTIONAL MATCH on a variable that is not a node");
                }
                joinConditions.add(builder.equals(builder.field(2, 0, outerEntity.idField()),
                        builder.field(2, 1, inner.idField())));
            }
        }
        builder.join(JoinRelType.LEFT, joinConditions.isEmpty() ? builder.literal(true) : builder.and(joinConditions));
        for (Scope.Binding binding : pattern.all()) {
            if (scope.find(binding.name()).isEmpty()) {
                scope.add(shifted(binding, leftWidth));
            }
        }
        return scope;
    }

    /**
     * The pattern with the table of every node variable bound before written as its label:
     * planned on its own, the pattern must scan the same table again.
     */
    private static List<PatternPart> withBoundLabels(List<PatternPart> pattern, Scope scope) {
        java.util.function.UnaryOperator<PatternPart.NodePattern> label = node -> node.labels().isEmpty()
                ? node.variable().flatMap(scope::find)
                        .map(b -> b instanceof Scope.NodeBinding bound ? new PatternPart.NodePattern(node.variable(),
                                List.of(bound.table().name()), node.properties()) : node)
                        .orElse(node)
                : node;
        List<PatternPart> labelled = new ArrayList<>();
        for (PatternPart part : pattern) {
            List<PatternPart.Step> chain = part.chain().stream()
                    .map(step -> new PatternPart.Step(step.rel(), label.apply(step.node()))).toList();
            labelled.add(new PatternPart(part.pathVariable(), label.apply(part.start()), chain));
        }
        return labelled;
    }

    /**
     * The start node of a pattern part, labelled with the one node table its first directed rel
     * can start from (given the next node's table, when known): {@code (a)-[:R]->(b:B)} needs
     * no scan over several tables when R goes to B from one table only.
     */
    private PatternPart.NodePattern withStartLabelFromRel(PatternPart part, Scope scope) {
        PatternPart.NodePattern start = part.start();
        if (!start.labels().isEmpty() || part.chain().isEmpty()
                || start.variable().flatMap(scope::find).isPresent()) {
            return start;
        }
        PatternPart.Step step = part.chain().get(0);
        if (step.rel().types().size() != 1) {
            return start;
        }
        // The rel's table is checked first, as Kùzu binds it before it needs the node's tables.
        RelTableEntry rel = relTable(step.rel().types());
        if (step.rel().direction() == PatternPart.Direction.BOTH) {
            return start;
        }
        Optional<String> next = step.node().variable().flatMap(scope::find)
                .map(b -> b instanceof Scope.NodeBinding n ? n.table().name() : null)
                .or(() -> step.node().labels().size() == 1 ? Optional.of(step.node().labels().get(0)) : Optional.empty());
        boolean forward = step.rel().direction() == PatternPart.Direction.RIGHT;
        Set<String> candidates = new java.util.LinkedHashSet<>();
        for (RelTableEntry.Connection connection : rel.connections()) {
            NodeTableEntry near = forward ? connection.from() : connection.to();
            NodeTableEntry far = forward ? connection.to() : connection.from();
            if (next.map(far.name()::equalsIgnoreCase).orElse(true)) {
                candidates.add(near.name());
            }
        }
        return candidates.size() == 1
                ? new PatternPart.NodePattern(start.variable(), List.copyOf(candidates), start.properties()) : start;
    }

    /** A binding of the right input of a join, over the joined row. */
    private static Scope.Binding shifted(Scope.Binding binding, int offset) {
        if (binding instanceof Scope.ValueBinding value) {
            return new Scope.ValueBinding(value.name(), value.field() + offset);
        }
        if (binding instanceof Scope.PathBinding path) {
            return new Scope.PathBinding(path.name(), path.elements().stream().map(e -> shifted(e, offset)).toList());
        }
        if (binding instanceof Scope.MultiTableBinding multi) {
            return multi.shifted(offset);
        }
        Scope.EntityBinding entity = (Scope.EntityBinding) binding;
        Map<Integer, Integer> properties = new HashMap<>();
        entity.propertyFields().forEach((property, field) -> properties.put(property, field + offset));
        if (entity instanceof Scope.RelBinding rel) {
            return new Scope.RelBinding(rel.name(), rel.table(), rel.idField() + offset, properties,
                    rel.sourceField() < 0 ? -1 : rel.sourceField() + offset, rel.sourceTableId(),
                    rel.destinationField() < 0 ? -1 : rel.destinationField() + offset, rel.destinationTableId());
        }
        return new Scope.NodeBinding(entity.name(), ((Scope.NodeBinding) entity).table(), entity.idField() + offset,
                properties);
    }

    /** The binding of a pattern node: an existing variable, or a new scan joined to the plan so far. */
    private Scope.NodeBinding bindNode(PatternPart.NodePattern node, Scope scope, boolean hasInput,
                                       List<RexNode> conditions) {
        Optional<Scope.Binding> existing = node.variable().flatMap(scope::find);
        if (existing.isPresent()) {
            if (!(existing.get() instanceof Scope.NodeBinding bound)) {
                throw KuzuException.binder("Cannot bind " + node.variable().get() + " as node pattern.");
            }
            if (!node.labels().isEmpty() && !node.labels().get(0).equalsIgnoreCase(bound.table().name())) {
                throw KuzuException.notImplemented("Re-labelling a bound node variable");
            }
            return bound;
        }
        NodeTableEntry table = nodeTable(node.labels());
        int offset = hasInput ? builder.peek().getRowType().getFieldCount() : 0;
        Scope.NodeBinding binding = pushNodeScan(table, node.variable().orElseGet(this::anonymousName), offset);
        if (hasInput) {
            builder.join(JoinRelType.INNER, builder.literal(true));
        }
        scope.add(binding);
        addPropertyConditions(binding, node.properties(), scope, conditions);
        return binding;
    }

    private Scope.NodeBinding pushNodeScan(NodeTableEntry table, String variable, int offset) {
        List<Integer> propertyIndexes = new ArrayList<>();
        Map<Integer, Integer> propertyFields = new HashMap<>();
        for (int i = 0; i < table.properties().size(); i++) {
            propertyIndexes.add(i);
            propertyFields.put(i, offset + i + 1);
        }
        builder.push(new NodeScan(context.cluster(), table, variable, propertyIndexes));
        return new Scope.NodeBinding(variable, table, offset, propertyFields);
    }

    String anonymousName() {
        return "_anon" + anonymousVariables++;
    }

    /** The bindings of one pattern step: its rel (a rel, or a RECURSIVE_REL value) and the node it reaches. */
    private record BoundStep(Scope.Binding rel, Scope.NodeBinding node) {
    }

    /**
     * One (rel, node) step from a bound node. A recursive rel's path value is computed when the
     * rel is named or {@code inNamedPath}.
     */
    private BoundStep extend(Scope.NodeBinding from, PatternPart.Step step, boolean inNamedPath, Scope scope,
                             List<RexNode> conditions) {
        PatternPart.RelPattern rel = step.rel();
        checkStepVariables(step, scope);
        Optional<NodeTableEntry> toLabel = step.node().variable().flatMap(scope::find)
                .map(b -> b instanceof Scope.NodeBinding n ? n.table() : null)
                .or(() -> step.node().labels().isEmpty() ? Optional.empty()
                        : Optional.of(nodeTable(step.node().labels())));
        if (rel.recursive().isPresent()) {
            return recursiveStep(from, step, toLabel.orElse(from.table()), inNamedPath, scope, conditions);
        }
        RelTableEntry relTable = relTable(rel.types());
        ConnectionChoice choice = connection(relTable, from.table(), toLabel, rel.direction());
        if (choice == null) {
            // The rel table joins no such nodes: as in Kùzu, the pattern matches nothing. The
            // step is planned over no rows with any connection, to bind its variables.
            builder.filter(builder.literal(false));
            choice = new ConnectionChoice(0, List.of(RelTable.Direction.FORWARD),
                    toLabel.orElse(relTable.connections().get(0).to()));
        }
        NodeTableEntry neighbourTable = choice.neighbourTable();
        int width = builder.peek().getRowType().getFieldCount();
        String relVariable = rel.variable().orElseGet(this::anonymousName);
        String neighbourVariable = step.node().variable().orElseGet(this::anonymousName);
        RelNode input = builder.build();
        builder.push(new Extend(context.cluster(), input.getTraitSet(), input, relTable, choice.pair(),
                choice.directions(), from.idField(), relVariable, neighbourVariable));
        Map<Integer, Integer> relFields = new HashMap<>();
        for (int i = 0; i < relTable.properties().size(); i++) {
            relFields.put(i, width + 2 + i);
        }
        boolean directed = choice.directions().size() == 1;
        boolean forward = choice.directions().get(0) == RelTable.Direction.FORWARD;
        NodeTableEntry sourceTable = forward ? from.table() : neighbourTable;
        NodeTableEntry destinationTable = forward ? neighbourTable : from.table();
        Scope.RelBinding relBinding = new Scope.RelBinding(relVariable, relTable, width, relFields,
                !directed ? -1 : forward ? from.idField() : width + 1, sourceTable.tableId(),
                !directed ? -1 : forward ? width + 1 : from.idField(), destinationTable.tableId());
        if (rel.variable().isPresent()) {
            scope.add(relBinding);
        }
        addPropertyConditions(relBinding, rel.properties(), scope, conditions);
        return new BoundStep(relBinding, neighbour(step.node(), neighbourTable, neighbourVariable, width + 1, scope,
                conditions));
    }

    /**
     * A recursive rel from a bound node: walks over its rel tables (all of them when it names
     * none) that end at a node of {@code endTable}.
     */
    private BoundStep recursiveStep(Scope.NodeBinding from, PatternPart.Step step, NodeTableEntry endTable,
                                    boolean inNamedPath, Scope scope, List<RexNode> conditions) {
        PatternPart.RelPattern rel = step.rel();
        PatternPart.Recursive recursive = rel.recursive().get();
        List<RelTableEntry> relTables = rel.types().isEmpty() ? relTables()
                : rel.types().stream().map(type -> relTable(List.of(type))).distinct().toList();
        int[] hops = bounds(rel, recursive);
        WalkTables tables = new WalkTables(WalkTables.hops(relTables, rel.direction()), from.table(), endTable);
        Optional<RecursiveExtend.Weights> weights = recursive.weightProperty()
                .map(property -> weights(property, recursive.semantic(), inNamedPath, tables));
        int width = builder.peek().getRowType().getFieldCount();
        String relVariable = rel.variable().orElseGet(this::anonymousName);
        String neighbourVariable = step.node().variable().orElseGet(this::anonymousName);
        Optional<RecursiveExtend.PathOutput> path = rel.variable().isPresent() || inNamedPath
                ? Optional.of(pathOutput(relVariable, recursive, tables)) : Optional.empty();
        RelNode input = builder.build();
        builder.push(new RecursiveExtend(context.cluster(), input.getTraitSet(), input, tables, from.idField(),
                recursive.semantic(), hops[0], hops[1],
                new RecursiveFilterBinder(builder.getRexBuilder(), parameters, database.engine().catalog())
                        .bind(rel, tables),
                neighbourVariable, path, weights));
        Scope.Binding value = new Scope.ValueBinding(relVariable, width + 1);
        if (rel.variable().isPresent()) {
            scope.add(value);
            if (weights.isPresent()) {
                scope.add(new Scope.ValueBinding(Scope.costName(relVariable), width + (path.isPresent() ? 2 : 1)));
            }
        }
        return new BoundStep(value, neighbour(step.node(), endTable, neighbourVariable, width, scope, conditions));
    }

    /**
     * The weights of a weighted shortest path, a numeric property of its rels. Kùzu names the
     * algorithm after whether it builds paths; here, whether the pattern is a named path.
     */
    private static RecursiveExtend.Weights weights(String property, PathSemantic semantic, boolean inNamedPath,
                                                   WalkTables tables) {
        PropertyUnion properties = tables.relProperties();
        int index = properties.indexOf(property);
        if (index < 0) {
            throw KuzuException.binder("Cannot find property " + property + " for weighted shortest path.");
        }
        LogicalType type = properties.types().get(index);
        boolean supported = type.isNumeric() && type.id() != TypeId.INT128
                && (type.id() != TypeId.DECIMAL || type.precision() <= LogicalType.DEFAULT_DECIMAL_PRECISION);
        if (!supported) {
            throw KuzuException.binder(type + " weight type is not supported for weighted shortest path.");
        }
        String algorithm = semantic == PathSemantic.ALL_SHORTEST ? "ALL_WEIGHTED_SP_PATHS"
                : inNamedPath ? "WEIGHTED_SP_PATHS" : "WEIGHTED_SP_DESTINATIONS";
        return new RecursiveExtend.Weights(property, algorithm);
    }

    /**
     * Kùzu's errors for a step's variables naming something bound before (Kùzu binds the node
     * before the rel): a node variable must be a node; a rel variable cannot be bound again.
     */
    private void checkStepVariables(PatternPart.Step step, Scope scope) {
        Optional<String> nodeVariable = step.node().variable();
        if (nodeVariable.flatMap(scope::find).filter(b -> !(b instanceof Scope.NodeBinding)).isPresent()) {
            throw KuzuException.binder("Cannot bind " + nodeVariable.get() + " as node pattern.");
        }
        Optional<String> relVariable = step.rel().variable();
        if (relVariable.isEmpty()) {
            return;
        }
        Optional<String> previousType = relVariable.flatMap(scope::find).map(this::typeName)
                .or(() -> relVariable.equals(nodeVariable) ? Optional.of("NODE") : Optional.empty());
        if (previousType.isPresent()) {
            String expected = step.rel().recursive().isPresent() ? "RECURSIVE_REL" : "REL";
            if (!previousType.get().equals(expected)) {
                throw KuzuException.binder(relVariable.get() + " has data type " + previousType.get() + " but "
                        + expected + " was expected.");
            }
            throw KuzuException.binder("Bind relationship " + relVariable.get()
                    + " to relationship with same name is not supported.");
        }
    }

    /** The Kùzu type name of a variable, as binder errors print it. */
    private String typeName(Scope.Binding binding) {
        if (binding instanceof Scope.ValueBinding value) {
            return KuzuTypes.toLogical(builder.peek().getRowType().getFieldList().get(value.field()).getType())
                    .toString();
        }
        return binding instanceof Scope.NodeBinding ? "NODE" : binding instanceof Scope.RelBinding ? "REL"
                : "RECURSIVE_REL";
    }

    /**
     * The path value of a recursive rel: its nodes and rels carry every property of their tables,
     * or those of the projection lists {@code (r, n | {r.x}, {n.y})}.
     */
    private static RecursiveExtend.PathOutput pathOutput(String name, PatternPart.Recursive recursive,
                                                         WalkTables tables) {
        Optional<PatternPart.Comprehension> comprehension = recursive.comprehension();
        PropertyUnion nodeProperties = tables.nodeProperties();
        PropertyUnion relProperties = tables.relProperties();
        return new RecursiveExtend.PathOutput(name,
                comprehension.flatMap(PatternPart.Comprehension::nodeProjection)
                        .map(items -> projected(items, comprehension.get().nodeVariable(), nodeProperties))
                        .orElse(nodeProperties),
                comprehension.flatMap(PatternPart.Comprehension::relProjection)
                        .map(items -> projected(items, comprehension.get().relVariable(), relProperties))
                        .orElse(relProperties));
    }

    /** The properties a projection list {@code {n.x, n.y}} of a recursive rel names. */
    private static PropertyUnion projected(List<Expression> items, String variable, PropertyUnion properties) {
        List<String> names = new ArrayList<>();
        for (Expression item : items) {
            if (!(item instanceof Expression.Property property)
                    || !(property.target() instanceof Expression.Variable target)
                    || !target.name().equals(variable)) {
                String shown = item instanceof Expression.Variable named ? named.name() : item.toString();
                throw KuzuException.binder("Unsupported projection item " + shown + " on recursive rel.");
            }
            if (properties.indexOf(property.name()) < 0) {
                throw KuzuException.binder("Cannot find property " + property.name() + " for " + variable + ".");
            }
            names.add(property.name());
        }
        return properties.select(names);
    }

    /**
     * The node a step reaches, whose id is in {@code neighbourField}: a bound variable is
     * checked against it; a new one is joined in from a scan of its table.
     */
    private Scope.NodeBinding neighbour(PatternPart.NodePattern node, NodeTableEntry table, String variable,
                                        int neighbourField, Scope scope, List<RexNode> conditions) {
        Optional<Scope.Binding> bound = node.variable().flatMap(scope::find);
        if (bound.isPresent()) {
            Scope.NodeBinding target = (Scope.NodeBinding) bound.get();
            conditions.add(builder.equals(builder.field(neighbourField), builder.field(target.idField())));
            return target;
        }
        int offset = builder.peek().getRowType().getFieldCount();
        Scope.NodeBinding neighbour = pushNodeScan(table, variable, offset);
        builder.join(JoinRelType.INNER, builder.equals(builder.field(2, 0, neighbourField), builder.field(2, 1, 0)));
        scope.add(neighbour);
        addPropertyConditions(neighbour, node.properties(), scope, conditions);
        return neighbour;
    }

    /**
     * The hop bounds of a recursive rel as Kùzu binds them: {@code *} and {@code *..n} start at 1,
     * the upper bound defaults to the var_length_extend_max_depth setting, and shortest paths
     * start at 1.
     */
    private int[] bounds(PatternPart.RelPattern rel, PatternPart.Recursive recursive) {
        String name = rel.variable().orElse("");
        int maxDepth = ((Long) database.settings().get(
                io.kuzujvm.planner.settings.Setting.VAR_LENGTH_EXTEND_MAX_DEPTH)).intValue();
        long min = recursive.lowerBound().map(Long::parseLong).orElse(1L);
        long max = recursive.upperBound().map(Long::parseLong).orElse((long) maxDepth);
        if (min > max) {
            throw KuzuException.binder("Lower bound of rel " + name + " is greater than upperBound.");
        }
        if (max > maxDepth) {
            throw KuzuException.binder("Upper bound of rel " + name + " exceeds maximum: " + maxDepth + ".");
        }
        if (recursive.semantic().isShortest() && min != 1) {
            throw KuzuException.binder("Lower bound of shortest/all_shortest path must be 1.");
        }
        return new int[] {(int) min, (int) max};
    }

    /** The connection of a rel table a step uses, the directions to follow, and the table reached. */
    private record ConnectionChoice(int pair, List<RelTable.Direction> directions, NodeTableEntry neighbourTable) {
    }

    /** The step's connection, or null when the rel table joins no such nodes. */
    private static ConnectionChoice connection(RelTableEntry relTable, NodeTableEntry from,
                                               Optional<NodeTableEntry> to, PatternPart.Direction direction) {
        List<ConnectionChoice> choices = new ArrayList<>();
        for (int p = 0; p < relTable.connections().size(); p++) {
            RelTableEntry.Connection connection = relTable.connections().get(p);
            List<RelTable.Direction> directions = new ArrayList<>();
            NodeTableEntry reached = null;
            boolean forward = direction != PatternPart.Direction.LEFT && connection.from().equals(from)
                    && to.map(connection.to()::equals).orElse(true);
            boolean backward = direction != PatternPart.Direction.RIGHT && connection.to().equals(from)
                    && to.map(connection.from()::equals).orElse(true);
            if (forward) {
                directions.add(RelTable.Direction.FORWARD);
                reached = connection.to();
            }
            if (backward && (reached == null || reached.equals(connection.from()))) {
                directions.add(RelTable.Direction.BACKWARD);
                reached = connection.from();
            }
            if (!directions.isEmpty()) {
                choices.add(new ConnectionChoice(p, directions, reached));
            }
        }
        if (choices.isEmpty()) {
            return null;
        }
        if (choices.size() > 1) {
            throw KuzuException.notImplemented("Patterns that match several node-table pairs of a rel table");
        }
        return choices.get(0);
    }

    /** Every rel table of the catalog. */
    List<RelTableEntry> relTables() {
        return database.engine().catalog().tables().stream().filter(t -> t instanceof RelTableEntry)
                .map(t -> (RelTableEntry) t).toList();
    }

    RelTableEntry relTable(List<String> types) {
        if (types.size() > 1) {
            throw KuzuException.notImplemented("Relationship patterns with several types");
        }
        if (types.isEmpty()) {
            List<TableEntry> relTables = database.engine().catalog().tables().stream()
                    .filter(t -> t instanceof RelTableEntry).toList();
            if (relTables.size() != 1) {
                throw KuzuException.notImplemented("Relationship patterns without a type over several rel tables");
            }
            return (RelTableEntry) relTables.get(0);
        }
        TableEntry entry = database.engine().catalog().find(types.get(0))
                .orElseThrow(() -> KuzuException.binder("Table " + types.get(0) + " does not exist."));
        if (!(entry instanceof RelTableEntry rel)) {
            throw KuzuException.binder("Cannot bind " + types.get(0) + " as a relationship pattern label.");
        }
        return rel;
    }

    /** {k: v} in a pattern: equality conditions on the variable's properties. */
    private void addPropertyConditions(Scope.EntityBinding binding, Map<String, Expression> properties, Scope scope,
                                       List<RexNode> conditions) {
        for (Map.Entry<String, Expression> property : properties.entrySet()) {
            int field = binding.fieldOf(property.getKey()).orElseThrow(() -> KuzuException.binder(
                    "Cannot find property " + property.getKey() + " for " + binding.name() + "."));
            RexNode value = expressionBinder().bind(property.getValue(), scope);
            conditions.add(builder.equals(builder.field(field), value));
        }
    }

    NodeTableEntry nodeTable(List<String> labels) {
        if (labels.size() > 1) {
            throw KuzuException.notImplemented("Node patterns with several labels");
        }
        if (labels.isEmpty()) {
            List<TableEntry> nodeTables = database.engine().catalog().tables().stream()
                    .filter(t -> t instanceof NodeTableEntry).toList();
            if (nodeTables.size() != 1) {
                throw KuzuException.notImplemented("Node patterns without a label over several node tables");
            }
            return (NodeTableEntry) nodeTables.get(0);
        }
        TableEntry entry = database.engine().catalog().find(labels.get(0))
                .orElseThrow(() -> KuzuException.binder("Table " + labels.get(0) + " does not exist."));
        if (!(entry instanceof NodeTableEntry node)) {
            throw KuzuException.binder("Cannot bind " + labels.get(0) + " as a node pattern label.");
        }
        return node;
    }

    // ---- LOAD FROM ----

    /** The scan of LOAD FROM; with {@code applyWhere} also its WHERE (else the caller applies it). */
    private Scope loadFrom(Clause.LoadFrom load, boolean applyWhere) {
        if (load.source() instanceof Clause.FileSource files) {
            builder.push(FileScanPlanner.plan(context, new Clause.FileSource(searchedPaths(files.paths()),
                    files.options(), files.columns())));
        } else {
            Clause.TableSource source = (Clause.TableSource) load.source();
            scanAttachedTable(source.database(), source.table());
        }
        Scope scope = valueScope(builder.peek().getRowType());
        if (applyWhere) {
            load.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, scope)));
        }
        return scope;
    }

    /** File patterns with the folders of the file_search_path option applied. */
    List<String> searchedPaths(List<String> patterns) {
        return FileSearchPath.resolve(patterns, (String) database.settings().get(
                io.kuzujvm.planner.settings.Setting.FILE_SEARCH_PATH));
    }

    Optional<String> defaultDatabase() {
        return defaultDatabase;
    }

    /** Pushes a scan of an attached table; without a database name the default one (USE) is meant. */
    void scanAttachedTable(Optional<String> databaseName, String tableName) {
        String alias = databaseName.or(() -> defaultDatabase).orElseThrow(() -> KuzuException.binder(
                "Table " + tableName + " does not exist. Attach a database and prefix the table with its name,"
                        + " or set a default database with USE."));
        AttachedDatabase attached = database.attachedDatabases().get(alias);
        Table table = attached.table(tableName)
                .orElseThrow(() -> KuzuException.catalog(tableName + " does not exist in catalog."));
        RelDataType rowType = table.getRowType(KuzuTypes.typeFactory());
        RelOptTable relOptTable = RelOptTableImpl.create(null, rowType, table,
                ImmutableList.of(attached.alias(), tableName));
        if (!(table instanceof TranslatableTable translatable)) {
            throw new IllegalStateException("Attached table is not translatable: " + tableName);
        }
        builder.push(translatable.toRel(ViewExpanders.simpleContext(context.cluster()), relOptTable));
    }

    private static Scope valueScope(RelDataType rowType) {
        Scope scope = new Scope();
        for (RelDataTypeField field : rowType.getFieldList()) {
            scope.add(new Scope.ValueBinding(field.getName(), field.getIndex()));
        }
        return scope;
    }

    // ---- CALL ----

    Scope call(Clause.Call call) {
        BoundTableFunction function = database.tableFunctions().get(call.function().name())
                .bind(literalArguments(call.function()), database);
        builder.push(new TableFunctionCall(context.cluster(), function));
        Scope columns = valueScope(builder.peek().getRowType());
        call.filter().ifPresent(filter -> builder.filter(expressionBinder().bind(filter, columns)));
        if (call.yieldItems().isEmpty()) {
            return columns;
        }
        List<RexNode> yielded = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Clause.YieldItem item : call.yieldItems()) {
            Scope.Binding column = columns.find(item.column()).orElseThrow(() -> KuzuException.binder(
                    "Cannot find a column named " + item.column() + " in the output of " + call.function().name()
                            + "."));
            yielded.add(builder.field(((Scope.ValueBinding) column).field()));
            names.add(item.alias().orElse(item.column()));
        }
        builder.project(yielded, names, true);
        Scope scope = valueScope(builder.peek().getRowType());
        call.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, scope)));
        return scope;
    }

    private List<Object> literalArguments(Expression.FunctionCall call) {
        List<Object> values = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            if (argument instanceof Expression.Literal literal) {
                values.add(literal.value());
            } else if (argument instanceof Expression.Parameter parameter && parameters.containsKey(parameter.name())) {
                values.add(parameters.get(parameter.name()));
            } else {
                throw KuzuException.binder("Arguments of " + call.name() + " must be literals or parameters.");
            }
        }
        return values;
    }

    // ---- RETURN / WITH ----

    private record Projected(LogicalPlan plan, Scope scope) {
    }

    /** One output column of RETURN/WITH before binding: its expression and name. */
    private record Item(Expression expression, String name) {
    }

    private Projected project(Clause.Projection projection, Scope scope) {
        List<Item> items = items(projection, scope);
        boolean aggregating = items.stream().anyMatch(item -> AggregateCalls.isAggregate(item.expression()));
        if (projection.isWith() && !aggregating && !projection.distinct()) {
            return projectPassingEntities(projection, items, scope);
        }
        List<Expression> sources = new ArrayList<>(items.stream().map(Item::expression).toList());
        List<String> names = items.stream().map(Item::name).toList();
        if (aggregating) {
            projectAggregates(items, scope);
        } else {
            ExpressionBinder binder = expressionBinder();
            List<RexNode> expressions = new ArrayList<>();
            for (Item item : items) {
                expressions.add(binder.bind(item.expression(), scope));
            }
            List<String> fieldNames = new ArrayList<>(names);
            if (!projection.distinct()) {
                // ORDER BY may read variables the projection drops: such keys ride along as hidden fields.
                for (Expression key : hiddenSortKeys(projection, sources, names, scope)) {
                    expressions.add(binder.bind(key, scope));
                    fieldNames.add("_sort" + sources.size());
                    sources.add(key);
                }
            }
            builder.project(expressions, fieldNames, true);
        }
        if (projection.distinct()) {
            builder.distinct();
        }
        Scope projectedScope = new Scope();
        for (int i = 0; i < names.size(); i++) {
            if (projectedScope.find(names.get(i)).isEmpty()) {
                projectedScope.add(new Scope.ValueBinding(names.get(i), i));
            }
        }
        return finishProjection(projection, sources, names, projectedScope);
    }

    private Projected finishProjection(Clause.Projection projection, List<Expression> sources, List<String> names,
                                       Scope projectedScope) {
        orderSkipLimit(projection, sources, projectedScope);
        projection.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, projectedScope)));
        if (builder.peek().getRowType().getFieldCount() > names.size()) {
            builder.project(builder.fields().subList(0, names.size()), names, true);
        }
        return new Projected(new LogicalPlan(builder.build(), names), projectedScope);
    }

    /**
     * ORDER BY keys that are no item and read only variables of the input, each dropped by the
     * projection or passed on unchanged under its own name (RETURN * ORDER BY p.id).
     */
    private static List<Expression> hiddenSortKeys(Clause.Projection projection, List<Expression> sources,
                                                   List<String> names, Scope scope) {
        List<Expression> hidden = new ArrayList<>();
        for (Clause.SortItem sortItem : projection.orderBy()) {
            Expression key = sortItem.expression();
            java.util.Set<String> variables = FreeVariables.of(key);
            boolean readsInput = !variables.isEmpty() && variables.stream().allMatch(variable -> {
                int item = names.indexOf(variable);
                return scope.find(variable).isPresent()
                        && (item < 0 || sources.get(item).equals(new Expression.Variable(variable)));
            });
            if (!sources.contains(key) && !hidden.contains(key) && readsInput) {
                hidden.add(key);
            }
        }
        return hidden;
    }

    /**
     * A WITH that keeps node and rel variables as entities (so that later clauses can match
     * from them or read their properties): each one carries its id, properties and, for
     * rels, its end nodes into the projected row.
     */
    private Projected projectPassingEntities(Clause.Projection projection, List<Item> items, Scope scope) {
        ExpressionBinder binder = expressionBinder();
        List<RexNode> expressions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Expression> sources = new ArrayList<>();
        List<Scope.Binding> bindings = new ArrayList<>();
        for (Item item : items) {
            Optional<Scope.Binding> bound = item.expression() instanceof Expression.Variable variable
                    ? scope.find(variable.name()) : Optional.empty();
            if (bound.isPresent() && bound.get() instanceof Scope.EntityBinding entity) {
                bindings.add(carryEntity(entity, item.name(), expressions, names, sources));
            } else if (bound.isPresent() && bound.get() instanceof Scope.MultiTableBinding multi) {
                bindings.add(carryMultiTable(multi, item.name(), expressions, names, sources));
            } else {
                bindings.add(new Scope.ValueBinding(item.name(), expressions.size()));
                expressions.add(binder.bind(item.expression(), scope));
                names.add(item.name());
                sources.add(item.expression());
            }
        }
        builder.project(expressions, names, true);
        Scope projectedScope = new Scope();
        for (Scope.Binding binding : bindings) {
            if (projectedScope.find(binding.name()).isEmpty()) {
                projectedScope.add(binding);
            }
        }
        return finishProjection(projection, sources, names, projectedScope);
    }

    /** Adds an entity's fields to a projection; returns its binding over the projected row. */
    private Scope.EntityBinding carryEntity(Scope.EntityBinding entity, String alias, List<RexNode> expressions,
                                            List<String> names, List<Expression> sources) {
        java.util.function.IntUnaryOperator carry = field -> {
            expressions.add(builder.field(field));
            names.add(alias + "#" + expressions.size());
            sources.add(null);
            return expressions.size() - 1;
        };
        int idField = carry.applyAsInt(entity.idField());
        sources.set(idField, new Expression.Variable(alias));
        Map<Integer, Integer> propertyFields = new HashMap<>();
        for (Map.Entry<Integer, Integer> property : new java.util.TreeMap<>(entity.propertyFields()).entrySet()) {
            propertyFields.put(property.getKey(), carry.applyAsInt(property.getValue()));
        }
        if (entity instanceof Scope.RelBinding rel) {
            int source = rel.sourceField() < 0 ? -1 : carry.applyAsInt(rel.sourceField());
            int destination = rel.destinationField() < 0 ? -1 : carry.applyAsInt(rel.destinationField());
            return new Scope.RelBinding(alias, rel.table(), idField, propertyFields, source, rel.sourceTableId(),
                    destination, rel.destinationTableId());
        }
        return new Scope.NodeBinding(alias, ((Scope.NodeBinding) entity).table(), idField, propertyFields);
    }

    /** Adds the fields of a variable over several tables to a projection; returns its binding there. */
    private Scope.MultiTableBinding carryMultiTable(Scope.MultiTableBinding multi, String alias,
                                                    List<RexNode> expressions, List<String> names,
                                                    List<Expression> sources) {
        int first = expressions.size();
        List<Integer> fields = new ArrayList<>(List.of(multi.idField()));
        if (multi.sourceField() >= 0) {
            fields.add(multi.sourceField());
            fields.add(multi.destinationField());
        }
        fields.addAll(multi.propertyFields().values());
        for (int field : fields) {
            expressions.add(builder.field(field));
            names.add(alias + "#" + expressions.size());
            sources.add(null);
        }
        sources.set(first, new Expression.Variable(alias));
        Map<String, Integer> properties = new java.util.LinkedHashMap<>();
        int next = first + (multi.sourceField() >= 0 ? 3 : 1);
        for (String property : multi.propertyFields().keySet()) {
            properties.put(property, next++);
        }
        return new Scope.MultiTableBinding(alias, multi.kind(), multi.tables(), first,
                multi.sourceField() >= 0 ? first + 1 : -1, multi.sourceField() >= 0 ? first + 2 : -1, properties);
    }

    /** The items of RETURN/WITH with * and var.* expanded. */
    private static List<Item> items(Clause.Projection projection, Scope scope) {
        List<Item> items = new ArrayList<>();
        if (projection.star()) {
            for (Scope.Binding binding : scope.all()) {
                if (binding instanceof Scope.ValueBinding value && !Scope.isCost(value)) {
                    items.add(new Item(new Expression.Variable(value.name()), value.name()));
                } else if (!binding.name().startsWith("_anon")) {
                    items.add(new Item(new Expression.Variable(binding.name()), binding.name()));
                }
            }
        }
        for (Clause.ProjectionItem item : projection.items()) {
            if (item instanceof Clause.PropertyStarItem star) {
                Scope.Binding starred = scope.get(star.variable());
                List<String> properties;
                if (starred instanceof Scope.EntityBinding entity) {
                    properties = entity.table().properties().stream().map(Property::name).toList();
                } else if (starred instanceof Scope.MultiTableBinding multi) {
                    properties = List.copyOf(multi.propertyFields().keySet());
                } else {
                    throw KuzuException.binder("Cannot expand " + star.variable() + ".* because it is not a node.");
                }
                for (String property : properties) {
                    items.add(new Item(new Expression.Property(new Expression.Variable(star.variable()), property),
                            star.variable() + "." + property));
                }
            } else {
                Clause.ExpressionItem expressionItem = (Clause.ExpressionItem) item;
                items.add(new Item(expressionItem.expression(), expressionItem.name()));
            }
        }
        if (items.isEmpty()) {
            throw KuzuException.binder("RETURN or WITH * is not allowed when there are no variables in scope.");
        }
        return items;
    }

    /**
     * Items with aggregates: the other items are the grouping keys. Plans a projection of
     * keys and aggregate arguments, the aggregate, then a projection back to item order.
     */
    private void projectAggregates(List<Item> items, Scope scope) {
        ExpressionBinder binder = expressionBinder();
        List<RexNode> keys = new ArrayList<>();
        List<Expression.FunctionCall> aggregates = new ArrayList<>();
        List<RexNode> arguments = new ArrayList<>();
        int[] positions = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Expression expression = items.get(i).expression();
            if (AggregateCalls.isAggregate(expression)) {
                Expression.FunctionCall call = AggregateCalls.asCall(expression);
                positions[i] = -1 - aggregates.size();
                aggregates.add(call);
                arguments.add(call.arguments().isEmpty() ? null : binder.bind(call.arguments().get(0), scope));
            } else {
                if (AggregateCalls.containsAggregate(expression)) {
                    throw KuzuException.notImplemented("Expressions around aggregate functions");
                }
                positions[i] = keys.size();
                keys.add(binder.bind(expression, scope));
            }
        }
        List<RexNode> preProjection = new ArrayList<>(keys);
        arguments.stream().filter(java.util.Objects::nonNull).forEach(preProjection::add);
        if (preProjection.isEmpty()) {
            preProjection.add(builder.literal(0L));
        }
        builder.project(preProjection, List.of(), true);
        List<RelBuilder.AggCall> calls = new ArrayList<>();
        int argumentField = keys.size();
        for (int a = 0; a < aggregates.size(); a++) {
            RexNode argument = arguments.get(a);
            calls.add(AggregateCalls.toAggCall(builder, aggregates.get(a),
                    argument == null ? null : builder.field(argumentField++)));
        }
        builder.aggregate(builder.groupKey(builder.fields(org.apache.calcite.util.ImmutableBitSet.range(keys.size()))),
                calls);
        List<RexNode> output = new ArrayList<>();
        for (int position : positions) {
            output.add(builder.field(position >= 0 ? position : keys.size() + (-1 - position)));
        }
        builder.project(output, items.stream().map(Item::name).toList(), true);
    }

    private void orderSkipLimit(Clause.Projection projection, List<Expression> sources, Scope projectedScope) {
        List<RexNode> keys = new ArrayList<>();
        for (Clause.SortItem sortItem : projection.orderBy()) {
            int column = sources.indexOf(sortItem.expression());
            RexNode key = column >= 0 ? builder.field(column) : expressionBinder().bind(sortItem.expression(),
                    projectedScope);
            keys.add(sortItem.ascending() ? key : builder.desc(key));
        }
        int offset = projection.skip().map(this::nonNegativeInteger).orElse(0);
        int fetch = projection.limit().map(this::nonNegativeInteger).orElse(-1);
        if (!keys.isEmpty() || offset > 0 || fetch >= 0) {
            builder.sortLimit(offset, fetch, keys);
        }
    }

    /** SKIP and LIMIT take a literal or a parameter, with Kùzu's messages for anything else. */
    private int nonNegativeInteger(Expression expression) {
        String invalid = "The number of rows to skip/limit must be a non-negative integer.";
        if (expression instanceof Expression.Parameter parameter && parameters.containsKey(parameter.name())) {
            if (!isRowCount(parameters.get(parameter.name()))) {
                throw KuzuException.binder(invalid);
            }
            return ((Number) parameters.get(parameter.name())).intValue();
        }
        if (!(expression instanceof Expression.Literal literal)) {
            throw KuzuException.binder("The number of rows to skip/limit must be a parameter/literal expression.");
        }
        if (!isRowCount(literal.value())) {
            throw KuzuException.runtime(invalid);
        }
        return ((Number) literal.value()).intValue();
    }

    private static boolean isRowCount(Object value) {
        return (value instanceof Long || value instanceof Integer) && ((Number) value).longValue() >= 0
                && ((Number) value).longValue() <= Integer.MAX_VALUE;
    }

    ExpressionBinder expressionBinder() {
        List<RelDataType> types = builder.peek().getRowType().getFieldList().stream()
                .map(RelDataTypeField::getType).toList();
        return new ExpressionBinder(builder.getRexBuilder(), types, parameters, database.engine().catalog());
    }

    // ---- COPY ----

    /** COPY into a node or rel table from a query, an attached table, a table function or files. */
    public LogicalPlan planCopy(Statement.CopyFrom copy) {
        return new CopyPlanner(this, database, context).plan(copy);
    }
}
