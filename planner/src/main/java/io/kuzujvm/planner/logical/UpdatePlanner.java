package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.binder.ExpressionBinder;
import io.kuzujvm.planner.binder.Scope;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the updating clauses (CREATE, MERGE, SET, DELETE) on top of the rows planned so far:
 * each runs once per row, and the variables it creates or merges join the scope.
 */
public final class UpdatePlanner {

    private final QueryPlanner planner;
    private final RelBuilder builder;

    UpdatePlanner(QueryPlanner planner, RelBuilder builder) {
        this.planner = planner;
        this.builder = builder;
    }

    /** Whether a plan writes to the graph anywhere in it. */
    public static boolean writes(RelNode rel) {
        return rel instanceof EntityWrite || rel instanceof SetProperties || rel instanceof DeleteEntities
                || rel.getInputs().stream().anyMatch(UpdatePlanner::writes);
    }

    void plan(Clause clause, Scope scope) {
        if (clause instanceof Clause.Create create) {
            create(create.pattern(), scope);
        } else if (clause instanceof Clause.Merge merge) {
            merge(merge, scope);
        } else if (clause instanceof Clause.Set set) {
            List<SetProperties.Assignment> assignments = assignments(set.items(), scope, null);
            builder.push(new SetProperties(builder.build(), assignments));
        } else {
            delete((Clause.Delete) clause, scope);
        }
    }

    // ---- CREATE ----

    /** Each node of the pattern that is not bound yet is created, then each rel between its end nodes. */
    private void create(List<PatternPart> pattern, Scope scope) {
        for (PatternPart part : pattern) {
            if (part.pathVariable().isPresent()) {
                throw KuzuException.notImplemented("Named paths in CREATE");
            }
            Scope.NodeBinding current = createdOrBound(part.start(), scope);
            for (PatternPart.Step step : part.chain()) {
                Scope.NodeBinding next = createdOrBound(step.node(), scope);
                createRel(step.rel(), current, next, scope);
                current = next;
            }
        }
    }

    private Scope.NodeBinding createdOrBound(PatternPart.NodePattern node, Scope scope) {
        Optional<Scope.NodeBinding> bound = boundNode(node, scope);
        if (bound.isPresent()) {
            return bound.get();
        }
        NodeTableEntry table = singleNodeTable(node, "Create");
        String variable = node.variable().orElseGet(planner::anonymousName);
        int width = appendPropertyValues(table, variable, node.properties(), scope);
        builder.push(CreateEntities.nodes(builder.build(), table));
        Scope.NodeBinding binding = new Scope.NodeBinding(variable, table, width + table.properties().size(),
                fieldsFrom(table, width));
        scope.add(binding);
        return binding;
    }

    /** One rel of a labelled type and a direction between two nodes. */
    private void createRel(PatternPart.RelPattern rel, Scope.NodeBinding left, Scope.NodeBinding right, Scope scope) {
        RelEnds ends = relEnds(rel, left, right, "Create");
        String variable = rel.variable().orElseGet(planner::anonymousName);
        int width = appendPropertyValues(ends.table(), variable, rel.properties(), scope);
        builder.push(CreateEntities.rels(builder.build(), ends.table(), ends.pair(), ends.source().idField(),
                ends.destination().idField()));
        scope.add(relBinding(variable, ends, width + ends.table().properties().size(),
                fieldsFrom(ends.table(), width)));
    }

    // ---- MERGE ----

    /**
     * MERGE: each unbound node of the pattern is merged on its properties, then each rel between
     * its end nodes; ON MATCH / ON CREATE SET follow, guarded by whether the last merged
     * element was created.
     */
    private void merge(Clause.Merge merge, Scope scope) {
        int createdField = -1;
        for (PatternPart part : merge.pattern()) {
            if (part.pathVariable().isPresent()) {
                throw KuzuException.notImplemented("Named paths in MERGE");
            }
            Merged current = mergedOrBound(part.start(), scope);
            createdField = Math.max(createdField, current.createdField());
            for (PatternPart.Step step : part.chain()) {
                Merged next = mergedOrBound(step.node(), scope);
                createdField = mergeRel(step.rel(), current.node(), next.node(), scope);
                current = next;
            }
        }
        if (createdField < 0) {
            throw KuzuException.binder("MERGE needs a pattern with an unbound node or a rel.");
        }
        RexNode created = builder.field(createdField);
        List<SetProperties.Assignment> assignments = new ArrayList<>(assignments(merge.onMatch(), scope,
                builder.not(created)));
        assignments.addAll(assignments(merge.onCreate(), scope, created));
        if (!assignments.isEmpty()) {
            builder.push(new SetProperties(builder.build(), assignments));
        }
    }

    /** A node of a MERGE pattern and the field of its created flag (-1 when it was bound before). */
    private record Merged(Scope.NodeBinding node, int createdField) {
    }

    private Merged mergedOrBound(PatternPart.NodePattern node, Scope scope) {
        Optional<Scope.NodeBinding> bound = boundNode(node, scope);
        if (bound.isPresent()) {
            return new Merged(bound.get(), -1);
        }
        NodeTableEntry table = singleNodeTable(node, "Merge");
        String variable = node.variable().orElseGet(planner::anonymousName);
        appendPropertyValues(table, variable, node.properties(), scope);
        MergeEntities merged = MergeEntities.node(builder.build(), table, matchProperties(table, node.properties()));
        builder.push(merged);
        Scope.NodeBinding binding = new Scope.NodeBinding(variable, table, merged.idField(),
                fieldsFrom(table, merged.idField() + 2));
        scope.add(binding);
        return new Merged(binding, merged.idField() + 1);
    }

    /** Merges one rel between two nodes; returns the field of its created flag. */
    private int mergeRel(PatternPart.RelPattern rel, Scope.NodeBinding left, Scope.NodeBinding right, Scope scope) {
        RelEnds ends = relEnds(rel, left, right, "Merge");
        String variable = rel.variable().orElseGet(planner::anonymousName);
        appendPropertyValues(ends.table(), variable, rel.properties(), scope);
        MergeEntities merged = MergeEntities.rel(builder.build(), ends.table(),
                matchProperties(ends.table(), rel.properties()), ends.pair(), ends.source().idField(),
                ends.destination().idField());
        builder.push(merged);
        scope.add(relBinding(variable, ends, merged.idField(), fieldsFrom(ends.table(), merged.idField() + 2)));
        return merged.idField() + 1;
    }

    private static List<Integer> matchProperties(TableEntry table, Map<String, Expression> given) {
        return given.keySet().stream().map(name -> table.propertyIndex(name).orElseThrow()).sorted().toList();
    }

    // ---- SET ----

    /** The assignments of SET items, in order; with a condition, only for the rows where it holds. */
    private List<SetProperties.Assignment> assignments(List<Clause.SetItem> items, Scope scope, RexNode condition) {
        List<SetProperties.Assignment> assignments = new ArrayList<>();
        ExpressionBinder binder = planner.expressionBinder();
        for (Clause.SetItem item : items) {
            Scope.Binding binding = scope.get(item.variable());
            RexNode value = binder.bind(item.value(), scope);
            if (binding instanceof Scope.MultiTableBinding multi) {
                int field = multi.fieldOf(item.property()).orElseThrow(() -> missingProperty(item));
                for (TableEntry table : multi.tables()) {
                    if (table.propertyIndex(item.property()).isPresent()) {
                        assignments.add(assignment(item, table, multi.idField(), field, value, true, condition));
                    }
                }
                continue;
            }
            if (!(binding instanceof Scope.EntityBinding entity)) {
                throw KuzuException.binder(item.variable() + " has data type " + bindingType(binding)
                        + " but (NODE,REL) was expected.");
            }
            int property = entity.table().propertyIndex(item.property()).orElseThrow(() -> missingProperty(item));
            assignments.add(assignment(item, entity.table(), entity.idField(),
                    entity.propertyFields().getOrDefault(property, -1), value, false, condition));
        }
        return assignments;
    }

    private SetProperties.Assignment assignment(Clause.SetItem item, TableEntry table, int idField,
                                                int propertyField, RexNode value, boolean packed,
                                                RexNode condition) {
        int property = table.propertyIndex(item.property()).orElseThrow(() -> missingProperty(item));
        if (table instanceof NodeTableEntry node && node.primaryKeyIndex() == property) {
            throw KuzuException.binder("Cannot set property " + item.property() + " in table " + table.name()
                    + " because it is used as primary key. Try delete and then insert.");
        }
        return new SetProperties.Assignment(table, idField, property, propertyField,
                castTo(table.properties().get(property), value), packed, condition);
    }

    private static KuzuException missingProperty(Clause.SetItem item) {
        return KuzuException.binder("Cannot find property " + item.property() + " for " + item.variable() + ".");
    }

    private String bindingType(Scope.Binding binding) {
        if (binding instanceof Scope.ValueBinding value) {
            return KuzuTypes.toLogical(builder.peek().getRowType().getFieldList().get(value.field()).getType())
                    .toString();
        }
        return "ANY";
    }

    // ---- DELETE ----

    /** DELETE of node and rel variables; rels go first so that a node and its rels can go together. */
    private void delete(Clause.Delete delete, Scope scope) {
        List<DeleteEntities.Target> rels = new ArrayList<>();
        List<DeleteEntities.Target> nodes = new ArrayList<>();
        for (Expression target : delete.targets()) {
            if (!(target instanceof Expression.Variable variable)) {
                throw KuzuException.binder("Cannot delete expression " + target + ": only node and rel variables"
                        + " can be deleted.");
            }
            Scope.Binding binding = scope.get(variable.name());
            if (binding instanceof Scope.NodeBinding node) {
                nodes.add(new DeleteEntities.Target(node.table(), node.idField(), delete.detach(), false));
            } else if (binding instanceof Scope.RelBinding rel) {
                checkRelDelete(delete, rel.sourceField());
                rels.add(new DeleteEntities.Target(rel.table(), rel.idField(), false, false));
            } else if (binding instanceof Scope.MultiTableBinding multi) {
                if (multi.kind() == TypeId.REL) {
                    checkRelDelete(delete, multi.sourceField());
                }
                for (TableEntry table : multi.tables()) {
                    (multi.kind() == TypeId.REL ? rels : nodes).add(new DeleteEntities.Target(table, multi.idField(),
                            delete.detach() && multi.kind() == TypeId.NODE, true));
                }
            } else {
                throw KuzuException.binder(variable.name() + " has data type "
                        + bindingType(binding) + " but (NODE,REL) was expected.");
            }
        }
        rels.addAll(nodes);
        builder.push(new DeleteEntities(builder.build(), rels));
    }

    private static void checkRelDelete(Clause.Delete delete, int sourceField) {
        if (delete.detach()) {
            throw KuzuException.binder("Detach delete on rel tables is not supported.");
        }
        if (sourceField < 0) {
            throw KuzuException.binder("Delete undirected rel is not supported.");
        }
    }

    // ---- shared ----

    private static Optional<Scope.NodeBinding> boundNode(PatternPart.NodePattern node, Scope scope) {
        Optional<Scope.Binding> bound = node.variable().flatMap(scope::find);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        if (!(bound.get() instanceof Scope.NodeBinding nodeBinding)) {
            throw KuzuException.binder(node.variable().get() + " has data type REL but NODE was expected.");
        }
        return Optional.of(nodeBinding);
    }

    private NodeTableEntry singleNodeTable(PatternPart.NodePattern node, String clause) {
        String name = clause + " node " + node.variable().orElse("");
        List<String> labels = node.labels();
        if (labels.isEmpty() && planner.nodeTables().size() == 1) {
            // The only node table is the one meant.
            labels = List.of(planner.nodeTables().get(0).name());
        }
        if (labels.size() != 1) {
            throw KuzuException.binder(name + " with " + (labels.isEmpty() ? "empty" : "multiple")
                    + " node labels is not supported.");
        }
        NodeTableEntry table = planner.nodeTable(labels);
        Property key = table.properties().get(table.primaryKeyIndex());
        if (clause.equals("Create") && key.type().id() != TypeId.SERIAL
                && key.defaultExpression() == null
                && node.properties().keySet().stream().noneMatch(p -> p.equalsIgnoreCase(key.name()))) {
            throw KuzuException.binder(name + " expects primary key " + key.name() + " as input.");
        }
        return table;
    }

    /** The table, node-table pair and direction of a rel to create or merge between two nodes. */
    private record RelEnds(RelTableEntry table, int pair, Scope.NodeBinding source, Scope.NodeBinding destination) {
    }

    private RelEnds relEnds(PatternPart.RelPattern rel, Scope.NodeBinding left, Scope.NodeBinding right,
                            String clause) {
        String name = rel.variable().orElse("");
        if (rel.recursive().isPresent()) {
            throw KuzuException.binder("Cannot " + clause.toLowerCase(Locale.ROOT) + " recursive rel " + name + ".");
        }
        if (rel.types().size() > 1) {
            throw KuzuException.binder(clause + " rel " + name + " with multiple rel labels is not supported.");
        }
        if (rel.direction() == PatternPart.Direction.BOTH) {
            throw KuzuException.binder(clause + " undirected relationship is not supported. Try "
                    + clause.toLowerCase(Locale.ROOT) + " 2 directed relationships instead.");
        }
        Scope.NodeBinding source = rel.direction() == PatternPart.Direction.RIGHT ? left : right;
        Scope.NodeBinding destination = rel.direction() == PatternPart.Direction.RIGHT ? right : left;
        List<RelTableEntry> candidates = rel.types().isEmpty()
                ? planner.relTables().stream().filter(t -> pair(t, source, destination) >= 0).toList()
                : List.of(planner.relTable(rel.types()));
        if (candidates.size() != 1) {
            throw KuzuException.binder("Cannot find a label for relationship " + name
                    + " that connects to all of its neighbour nodes.");
        }
        RelTableEntry table = candidates.get(0);
        int pair = pair(table, source, destination);
        if (pair < 0) {
            throw KuzuException.binder("Cannot create rel " + table.name() + " from " + source.table().name() + " to "
                    + destination.table().name() + ".");
        }
        return new RelEnds(table, pair, source, destination);
    }

    /** The connection of a rel table from the source's table to the destination's, or -1. */
    private static int pair(RelTableEntry table, Scope.NodeBinding source, Scope.NodeBinding destination) {
        for (int p = 0; p < table.connections().size(); p++) {
            if (table.connections().get(p).from().equals(source.table())
                    && table.connections().get(p).to().equals(destination.table())) {
                return p;
            }
        }
        return -1;
    }

    private static Scope.RelBinding relBinding(String variable, RelEnds ends, int idField,
                                               Map<Integer, Integer> propertyFields) {
        return new Scope.RelBinding(variable, ends.table(), idField, propertyFields, ends.source().idField(),
                ends.source().table().tableId(), ends.destination().idField(),
                ends.destination().table().tableId());
    }

    /** Property {@code i} of the table at field {@code first + i}. */
    private static Map<Integer, Integer> fieldsFrom(TableEntry table, int first) {
        Map<Integer, Integer> fields = new HashMap<>();
        for (int i = 0; i < table.properties().size(); i++) {
            fields.put(i, first + i);
        }
        return fields;
    }

    /**
     * Appends the value of each property of a new node or rel, in table order (given ones bound,
     * the rest their default or null); returns the row's width before them.
     */
    private int appendPropertyValues(TableEntry table, String variable, Map<String, Expression> given, Scope scope) {
        int width = builder.peek().getRowType().getFieldCount();
        ExpressionBinder binder = planner.expressionBinder();
        List<RexNode> values = new ArrayList<>();
        for (Property property : table.properties()) {
            values.add(ColumnDefaults.of(property, binder, builder.getRexBuilder()));
        }
        for (Map.Entry<String, Expression> entry : given.entrySet()) {
            int index = table.propertyIndex(entry.getKey()).orElseThrow(() -> KuzuException.binder(
                    "Cannot find property " + entry.getKey() + " for " + variable + "."));
            values.set(index, castTo(table.properties().get(index), binder.bind(entry.getValue(), scope)));
        }
        List<RexNode> fields = new ArrayList<>(builder.fields());
        fields.addAll(values);
        builder.project(fields);
        return width;
    }

    /** The value as the property's type; by Kùzu type, as UINT64 and INT64 share Calcite's BIGINT. */
    private RexNode castTo(Property property, RexNode value) {
        return KuzuTypes.toLogical(value.getType()).equals(property.type()) ? value
                : builder.getRexBuilder().makeCast(KuzuTypes.toRel(property.type()), value, true, false);
    }
}
