package io.kuzujvm.planner.logical;

import com.google.common.collect.ImmutableList;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Expression;
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
    private int anonymousVariables;

    public QueryPlanner(GraphDatabase database, Optional<String> defaultDatabase, Map<String, Object> parameters,
                        PlanContext context) {
        this.database = database;
        this.defaultDatabase = defaultDatabase;
        this.parameters = parameters;
        this.context = context;
        this.builder = context.relBuilder();
    }

    public LogicalPlan planQuery(Statement.Query query) {
        if (query.parts().size() > 1) {
            throw KuzuException.notImplemented("UNION");
        }
        return planSingleQuery(query.parts().get(0));
    }

    private LogicalPlan planSingleQuery(SingleQuery query) {
        if (query.clauses().stream().anyMatch(c -> c instanceof Clause.Create)) {
            return planCreate(query);
        }
        Scope scope = new Scope();
        boolean hasInput = false;
        for (Clause clause : query.clauses()) {
            if (clause instanceof Clause.Projection with) {
                if (!hasInput) {
                    builder.values(new String[] {"_dummy"}, 0L);
                }
                scope = project(with, scope).scope();
                hasInput = true;
                continue;
            }
            if (hasInput) {
                throw KuzuException.notImplemented("A " + clauseName(clause) + " clause after another reading clause");
            }
            scope = readingClause(clause);
            hasInput = true;
        }
        if (query.returnClause().isPresent()) {
            if (!hasInput) {
                // RETURN without a reading clause: one row of constants.
                builder.values(new String[] {"_dummy"}, 0L);
            }
            return project(query.returnClause().get(), scope).plan();
        }
        Clause last = query.clauses().isEmpty() ? null : query.clauses().get(query.clauses().size() - 1);
        if (last instanceof Clause.Call) {
            RelNode root = builder.build();
            return new LogicalPlan(root, root.getRowType().getFieldNames());
        }
        throw KuzuException.binder("Query must conclude with RETURN clause");
    }

    private static String clauseName(Clause clause) {
        if (clause instanceof Clause.Match) {
            return "MATCH";
        }
        if (clause instanceof Clause.Unwind) {
            return "UNWIND";
        }
        if (clause instanceof Clause.Create) {
            return "CREATE";
        }
        if (clause instanceof Clause.LoadFrom) {
            return "LOAD FROM";
        }
        return clause instanceof Clause.Call ? "CALL" : "WITH";
    }

    private Scope readingClause(Clause clause) {
        if (clause instanceof Clause.Match match) {
            return match(match);
        }
        if (clause instanceof Clause.LoadFrom load) {
            return loadFrom(load);
        }
        if (clause instanceof Clause.Call call) {
            return call(call);
        }
        throw KuzuException.notImplemented(clauseName(clause));
    }

    // ---- CREATE ----

    /** CREATE of a single node from literal properties; other updates come later. */
    private LogicalPlan planCreate(SingleQuery query) {
        if (query.clauses().size() != 1 || query.returnClause().isPresent()
                || ((Clause.Create) query.clauses().get(0)).pattern().size() != 1
                || !((Clause.Create) query.clauses().get(0)).pattern().get(0).chain().isEmpty()) {
            throw KuzuException.notImplemented("CREATE together with other clauses, of several nodes or of relationships");
        }
        PatternPart.NodePattern node = ((Clause.Create) query.clauses().get(0)).pattern().get(0).start();
        if (node.labels().size() != 1) {
            throw KuzuException.binder("Create node " + node.variable().orElse("") + " with multiple node labels"
                    + " or no node label is not supported.");
        }
        NodeTableEntry table = nodeTable(node.labels());
        builder.values(new String[] {"_dummy"}, 0L);
        ExpressionBinder binder = expressionBinder();
        Scope empty = new Scope();
        List<RexNode> values = new ArrayList<>();
        for (Property property : table.properties()) {
            values.add(builder.getRexBuilder().makeNullLiteral(KuzuTypes.toRel(property.type())));
        }
        for (Map.Entry<String, Expression> entry : node.properties().entrySet()) {
            int index = table.propertyIndex(entry.getKey()).orElseThrow(() -> KuzuException.binder(
                    "Cannot find property " + entry.getKey() + " for " + node.variable().orElse(table.name()) + "."));
            values.set(index, binder.bind(entry.getValue(), empty));
        }
        builder.project(values, table.properties().stream().map(Property::name).toList(), true);
        return insertInto(table, false);
    }

    // ---- MATCH ----

    private Scope match(Clause.Match match) {
        if (match.optional()) {
            throw KuzuException.notImplemented("OPTIONAL MATCH");
        }
        if (match.pattern().size() != 1 || !match.pattern().get(0).chain().isEmpty()
                || match.pattern().get(0).pathVariable().isPresent()) {
            throw KuzuException.notImplemented("Patterns with relationships or several parts");
        }
        PatternPart.NodePattern node = match.pattern().get(0).start();
        NodeTableEntry table = nodeTable(node.labels());
        String variable = node.variable().orElseGet(() -> "_anon" + anonymousVariables++);
        List<Integer> propertyIndexes = new ArrayList<>();
        Map<Integer, Integer> propertyFields = new HashMap<>();
        for (int i = 0; i < table.properties().size(); i++) {
            propertyIndexes.add(i);
            propertyFields.put(i, i + 1);
        }
        builder.push(new NodeScan(context.cluster(), table, variable, propertyIndexes));
        Scope scope = new Scope();
        scope.add(new Scope.NodeBinding(variable, table, 0, propertyFields));
        List<RexNode> conditions = new ArrayList<>();
        for (Map.Entry<String, Expression> property : node.properties().entrySet()) {
            Expression condition = new Expression.Operator("=", List.of(
                    new Expression.Property(new Expression.Variable(variable), property.getKey()),
                    property.getValue()));
            conditions.add(expressionBinder().bind(condition, scope));
        }
        match.where().ifPresent(where -> conditions.add(expressionBinder().bind(where, scope)));
        if (!conditions.isEmpty()) {
            builder.filter(conditions);
        }
        return scope;
    }

    private NodeTableEntry nodeTable(List<String> labels) {
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

    private Scope loadFrom(Clause.LoadFrom load) {
        if (load.source() instanceof Clause.FileSource files) {
            builder.push(FileScanPlanner.plan(context, files.paths(), files.options(), Optional.empty()));
            Scope scope = valueScope(builder.peek().getRowType());
            load.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, scope)));
            return scope;
        }
        Clause.TableSource source = (Clause.TableSource) load.source();
        scanAttachedTable(source.database(), source.table());
        Scope scope = valueScope(builder.peek().getRowType());
        load.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, scope)));
        return scope;
    }

    /** Pushes a scan of an attached table; without a database name the default one (USE) is meant. */
    private void scanAttachedTable(Optional<String> databaseName, String tableName) {
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

    private Scope call(Clause.Call call) {
        if (!call.yieldItems().isEmpty()) {
            throw KuzuException.notImplemented("YIELD");
        }
        BoundTableFunction function = database.tableFunctions().get(call.function().name())
                .bind(literalArguments(call.function()), database);
        builder.push(new TableFunctionCall(context.cluster(), function));
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
        if (projection.distinct()) {
            throw KuzuException.notImplemented("DISTINCT");
        }
        List<Item> items = items(projection, scope);
        List<Expression> sources = items.stream().map(Item::expression).toList();
        List<String> names = items.stream().map(Item::name).toList();
        if (items.stream().anyMatch(item -> AggregateCalls.isAggregate(item.expression()))) {
            projectAggregates(items, scope);
        } else {
            ExpressionBinder binder = expressionBinder();
            List<RexNode> expressions = new ArrayList<>();
            for (Item item : items) {
                expressions.add(binder.bind(item.expression(), scope));
            }
            builder.project(expressions, names, true);
        }
        Scope projectedScope = new Scope();
        for (int i = 0; i < names.size(); i++) {
            if (projectedScope.find(names.get(i)).isEmpty()) {
                projectedScope.add(new Scope.ValueBinding(names.get(i), i));
            }
        }
        orderSkipLimit(projection, sources, projectedScope);
        projection.where().ifPresent(where -> builder.filter(expressionBinder().bind(where, projectedScope)));
        return new Projected(new LogicalPlan(builder.build(), names), projectedScope);
    }

    /** The items of RETURN/WITH with * and var.* expanded. */
    private static List<Item> items(Clause.Projection projection, Scope scope) {
        List<Item> items = new ArrayList<>();
        if (projection.star()) {
            for (Scope.Binding binding : scope.all()) {
                if (binding instanceof Scope.ValueBinding value) {
                    items.add(new Item(new Expression.Variable(value.name()), value.name()));
                } else if (!binding.name().startsWith("_anon")) {
                    throw KuzuException.notImplemented("Returning whole nodes (RETURN * with node " + binding.name() + ")");
                }
            }
        }
        for (Clause.ProjectionItem item : projection.items()) {
            if (item instanceof Clause.PropertyStarItem star) {
                if (!(scope.get(star.variable()) instanceof Scope.NodeBinding node)) {
                    throw KuzuException.binder("Cannot expand " + star.variable() + ".* because it is not a node.");
                }
                for (Property property : node.table().properties()) {
                    items.add(new Item(new Expression.Property(new Expression.Variable(star.variable()),
                            property.name()), star.variable() + "." + property.name()));
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
        int offset = projection.skip().map(e -> nonNegativeInteger(e, "SKIP")).orElse(0);
        int fetch = projection.limit().map(e -> nonNegativeInteger(e, "LIMIT")).orElse(-1);
        if (!keys.isEmpty() || offset > 0 || fetch >= 0) {
            builder.sortLimit(offset, fetch, keys);
        }
        // RelBuilder.build() in project() pops the top; keep the tree on the stack for the caller.
        RelNode top = builder.build();
        builder.push(top);
    }

    private int nonNegativeInteger(Expression expression, String clause) {
        Object value = expression instanceof Expression.Literal literal ? literal.value()
                : expression instanceof Expression.Parameter p ? parameters.get(p.name()) : null;
        if (!(value instanceof Number number) || number.longValue() < 0 || number.longValue() > Integer.MAX_VALUE) {
            throw KuzuException.binder("The number of rows to skip/limit must be a non-negative integer ("
                    + clause + ").");
        }
        return number.intValue();
    }

    private ExpressionBinder expressionBinder() {
        List<RelDataType> types = builder.peek().getRowType().getFieldList().stream()
                .map(RelDataTypeField::getType).toList();
        return new ExpressionBinder(builder.getRexBuilder(), types, parameters);
    }

    // ---- COPY ----

    /** COPY into a node table from a query or an attached table. */
    public LogicalPlan planCopy(Statement.CopyFrom copy) {
        TableEntry entry = database.engine().catalog().get(copy.table());
        if (!(entry instanceof NodeTableEntry table)) {
            throw KuzuException.notImplemented("COPY into relationship tables");
        }
        if (!copy.columns().isEmpty()) {
            throw KuzuException.notImplemented("COPY with a column list");
        }
        RelNode source;
        if (copy.source() instanceof CopySource.FromQuery fromQuery) {
            source = planQuery(fromQuery.query()).root();
        } else if (copy.source() instanceof CopySource.FromTable fromTable) {
            scanAttachedTable(fromTable.database(), fromTable.table());
            source = builder.build();
        } else if (copy.source() instanceof CopySource.FromFunction function) {
            throw KuzuException.notImplemented("COPY FROM " + function.call().name());
        } else {
            CopySource.FromFiles files = (CopySource.FromFiles) copy.source();
            source = FileScanPlanner.plan(context, files.paths(), copy.options(), Optional.of(table.properties()));
        }
        builder.push(source);
        return insertInto(table, true);
    }

    /** Appends the rows on top of the builder to a node table, cast to its property types. */
    private LogicalPlan insertInto(NodeTableEntry table, boolean bulkCopy) {
        List<RelDataTypeField> fields = builder.peek().getRowType().getFieldList();
        if (fields.size() != table.properties().size()) {
            throw KuzuException.binder("Query returns " + fields.size() + " columns but "
                    + table.properties().size() + " columns were expected.");
        }
        List<RexNode> casts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            RelDataType target = KuzuTypes.toRel(table.properties().get(i).type());
            RexNode field = builder.field(i);
            casts.add(field.getType().getSqlTypeName() == target.getSqlTypeName() ? field
                    : builder.getRexBuilder().makeCast(target, field, true, false));
        }
        builder.project(casts, table.properties().stream().map(Property::name).toList(), true);
        RelNode input = builder.build();
        return new LogicalPlan(new InsertNodes(context.cluster(), input.getTraitSet(), input, table, bulkCopy),
                bulkCopy ? List.of("result") : List.of());
    }
}
