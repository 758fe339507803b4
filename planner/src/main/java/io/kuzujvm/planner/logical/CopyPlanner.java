package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.binder.ExpressionBinder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans COPY ... FROM: the source gives the copied columns (a rel's two keys first); the
 * table's other columns get their DEFAULT, NULL, or (SERIAL) the table's next value.
 */
final class CopyPlanner {

    private final QueryPlanner queries;
    private final GraphDatabase database;
    private final PlanContext context;
    private final RelBuilder builder;

    CopyPlanner(QueryPlanner queries, GraphDatabase database, PlanContext context) {
        this.queries = queries;
        this.database = database;
        this.context = context;
        this.builder = context.relBuilder();
    }

    LogicalPlan plan(Statement.CopyFrom copy) {
        Map<String, Expression> options = new LinkedHashMap<>(copy.options());
        CopyTarget target = CopyTarget.resolve(database.engine().catalog(), copy.table(), options);
        TableEntry table = target.table();
        List<Integer> copied = copiedColumns(table, copy.columns());
        List<Property> sourceColumns = new ArrayList<>();
        if (table instanceof RelTableEntry rel) {
            if (copy.source() instanceof CopySource.FromColumnFiles) {
                throw KuzuException.binder("Copy by column is not supported for relationship table.");
            }
            RelTableEntry.Connection connection = rel.connections().get(target.pair());
            sourceColumns.add(new Property("from", endpointKeyType(connection.from())));
            sourceColumns.add(new Property("to", endpointKeyType(connection.to())));
        }
        int keys = sourceColumns.size();
        copied.forEach(i -> sourceColumns.add(table.properties().get(i)));
        builder.push(source(copy, sourceColumns, options));
        castTo(sourceColumns, sourceName(copy.source()));
        fillTableColumns(table, copied, keys);
        RelNode input = builder.build();
        RelNode insert = table instanceof RelTableEntry rel
                ? new InsertRels(context.cluster(), input.getTraitSet(), input, rel, target.pair())
                : new InsertNodes(context.cluster(), input.getTraitSet(), input, (NodeTableEntry) table,
                        ignoresErrors(options));
        return new LogicalPlan(insert, List.of("result"));
    }

    /** Indexes of the properties the source gives: the listed ones, or all but SERIAL columns. */
    private static List<Integer> copiedColumns(TableEntry table, List<String> names) {
        List<Integer> copied = new ArrayList<>();
        if (names.isEmpty()) {
            for (int i = 0; i < table.properties().size(); i++) {
                if (table.properties().get(i).type().id() != TypeId.SERIAL) {
                    copied.add(i);
                }
            }
            return copied;
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw KuzuException.binder("Detect duplicate column name " + name + " during COPY.");
            }
            copied.add(table.propertyIndex(name).orElseThrow(() -> KuzuException.binder(
                    "Table " + table.name() + " does not contain column " + name + ".")));
        }
        return copied;
    }

    private RelNode source(Statement.CopyFrom copy, List<Property> columns, Map<String, Expression> options) {
        if (copy.source() instanceof CopySource.FromQuery fromQuery) {
            return queries.planQuery(fromQuery.query()).root();
        }
        if (copy.source() instanceof CopySource.FromTable fromTable) {
            if (fromTable.database().isEmpty() && queries.defaultDatabase().isEmpty()) {
                throw KuzuException.binder("Variable " + fromTable.table() + " is not in scope.");
            }
            queries.scanAttachedTable(fromTable.database(), fromTable.table());
            return builder.build();
        }
        if (copy.source() instanceof CopySource.FromFunction function) {
            if (!options.isEmpty()) {
                throw KuzuException.binder("No option is supported when copying from table functions.");
            }
            queries.call(new Clause.Call(function.call(), Optional.empty(), List.of(), Optional.empty()));
            return builder.build();
        }
        if (copy.source() instanceof CopySource.FromColumnFiles files) {
            return FileScanPlanner.planByColumn(context, queries.searchedPaths(files.paths()), options, columns);
        }
        List<String> paths = queries.searchedPaths(((CopySource.FromFiles) copy.source()).paths());
        if (columns.isEmpty()) {
            // Nothing to copy (only SERIAL columns): as in Kùzu, each record of the files makes a row.
            builder.push(FileScanPlanner.plan(context, paths, options, Optional.empty()));
            builder.project(List.of());
            return builder.build();
        }
        return FileScanPlanner.plan(context, paths, options, Optional.of(columns));
    }

    /** The type of a rel source's FROM / TO column: the node table's key, INT64 for a SERIAL key (the file has it). */
    private static LogicalType endpointKeyType(NodeTableEntry node) {
        LogicalType key = node.primaryKey().type();
        return key.id() == TypeId.SERIAL ? LogicalType.INT64 : key;
    }

    /** COPY's IGNORE_ERRORS option. */
    private static boolean ignoresErrors(Map<String, Expression> options) {
        return options.entrySet().stream().anyMatch(option -> option.getKey().equalsIgnoreCase("IGNORE_ERRORS")
                && option.getValue() instanceof Expression.Literal literal
                && io.kuzujvm.engine.csv.CsvOptions.bool(option.getKey(), literal.value()));
    }

    /** How a column-count mismatch names the source. */
    private static String sourceName(CopySource source) {
        return source instanceof CopySource.FromFunction function
                ? function.call().name().toUpperCase(Locale.ROOT) + " has" : "Query returns";
    }

    /** Projects the rows on top of the builder onto the given columns, casting where types differ. */
    private void castTo(List<Property> columns, String sourceName) {
        List<RelDataTypeField> fields = builder.peek().getRowType().getFieldList();
        if (fields.size() != columns.size()) {
            throw KuzuException.binder(sourceName + " " + fields.size() + " columns but " + columns.size()
                    + " columns were expected.");
        }
        List<RexNode> casts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            RelDataType target = KuzuTypes.toRel(columns.get(i).type());
            RexNode field = builder.field(i);
            casts.add(field.getType().getSqlTypeName() == target.getSqlTypeName() ? field
                    : builder.getRexBuilder().makeCast(target, field, true, false));
        }
        builder.project(casts, columns.stream().map(Property::name).toList(), true);
    }

    /**
     * Widens the copied columns (after {@code keys} key fields) to all of the table's columns
     * in table order; SERIAL columns stay NULL for the table's sequence to fill.
     */
    private void fillTableColumns(TableEntry table, List<Integer> copied, int keys) {
        ExpressionBinder binder = queries.expressionBinder();
        List<RexNode> fields = new ArrayList<>(builder.fields().subList(0, keys));
        List<String> names = new ArrayList<>(builder.peek().getRowType().getFieldNames().subList(0, keys));
        for (int i = 0; i < table.properties().size(); i++) {
            Property property = table.properties().get(i);
            int position = copied.indexOf(i);
            if (position >= 0) {
                fields.add(builder.field(keys + position));
            } else if (property.type().id() == TypeId.SERIAL) {
                fields.add(builder.getRexBuilder().makeNullLiteral(KuzuTypes.toRel(property.type())));
            } else {
                fields.add(ColumnDefaults.of(property, binder, builder.getRexBuilder()));
            }
            names.add(property.name());
        }
        builder.project(fields, names, true);
    }
}
