package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.path.PropertyUnion;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.FreeVariables;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.binder.ExpressionBinder;
import io.kuzujvm.planner.binder.Scope;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the predicates of a recursive rel pattern: the {@code {k: v}} of the rel and the
 * {@code (r, n | WHERE ...)} of its comprehension. As in Kùzu, the WHERE is split on AND into the
 * conjuncts on the intermediate node {@code n} and those on the rel {@code r}; each side is bound
 * over a row of one node or rel: its id, then the properties of its tables (see
 * {@link WalkTables#nodeProperties()}). When walks cross tables, the variable ranges over several
 * tables: its id is packed with its table, and a property its table lacks is null.
 */
final class RecursiveFilterBinder {

    private final RexBuilder rexBuilder;
    private final Map<String, Object> parameters;
    /** For macros called in the filter. */
    private final Catalog catalog;

    RecursiveFilterBinder(RexBuilder rexBuilder, Map<String, Object> parameters, Catalog catalog) {
        this.rexBuilder = rexBuilder;
        this.parameters = parameters;
        this.catalog = catalog;
    }

    RecursiveExtend.StepFilters bind(PatternPart.RelPattern rel, WalkTables tables) {
        Optional<PatternPart.Comprehension> comprehension = rel.recursive().flatMap(PatternPart.Recursive::comprehension);
        String relVariable = comprehension.map(PatternPart.Comprehension::relVariable).orElse("_r");
        String nodeVariable = comprehension.map(PatternPart.Comprehension::nodeVariable).orElse("_n");
        List<Expression> relConditions = new ArrayList<>();
        rel.properties().forEach((property, value) -> relConditions.add(new Expression.Operator("=",
                List.of(new Expression.Property(new Expression.Variable(relVariable), property), value))));
        List<Expression> nodeConditions = new ArrayList<>();
        for (Expression conjunct : comprehension.flatMap(PatternPart.Comprehension::where).map(this::conjuncts)
                .orElse(List.of())) {
            Set<String> variables = FreeVariables.of(conjunct);
            boolean onRel = variables.contains(relVariable);
            boolean onNode = variables.contains(nodeVariable);
            if (onRel && onNode) {
                throw KuzuException.binder("Cannot evaluate " + conjunct + " because it depends on both "
                        + nodeVariable + " and " + relVariable + ".");
            }
            if (!onRel && !onNode) {
                throw KuzuException.binder("Cannot evaluate " + conjunct + " because it does not depend on "
                        + nodeVariable + " or " + relVariable
                        + ". Treating it as a node or relationship predicate is ambiguous.");
            }
            (onRel ? relConditions : nodeConditions).add(conjunct);
        }
        boolean packed = tables.crossesTables();
        return new RecursiveExtend.StepFilters(
                predicate(nodeConditions, nodeVariable, TypeId.NODE, tables.nodeTables(), tables.nodeProperties(), packed),
                predicate(relConditions, relVariable, TypeId.REL, tables.relTables(), tables.relProperties(), packed));
    }

    private List<Expression> conjuncts(Expression expression) {
        if (expression instanceof Expression.Operator operator && operator.name().equals("AND")) {
            List<Expression> all = new ArrayList<>();
            operator.operands().forEach(operand -> all.addAll(conjuncts(operand)));
            return all;
        }
        return List.of(expression);
    }

    /** The conditions on one variable, ANDed and bound over a row of its tables' properties. */
    private Optional<RexNode> predicate(List<Expression> conditions, String variable, TypeId kind,
                                        List<? extends TableEntry> tables, PropertyUnion properties, boolean packed) {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        List<RelDataType> rowTypes = RecursiveExtend.filterRowTypes(properties).stream().map(KuzuTypes::toRel)
                .toList();
        Scope scope = new Scope();
        scope.add(packed ? multiTable(variable, kind, tables, properties) : single(variable, tables.get(0)));
        Expression condition = conditions.size() == 1 ? conditions.get(0) : new Expression.Operator("AND", conditions);
        return Optional.of(new ExpressionBinder(rexBuilder, rowTypes, parameters, catalog).bind(condition, scope));
    }

    private static Scope.Binding single(String variable, TableEntry table) {
        Map<Integer, Integer> propertyFields = new HashMap<>();
        for (int i = 0; i < table.properties().size(); i++) {
            propertyFields.put(i, i + 1);
        }
        return table instanceof NodeTableEntry node
                ? new Scope.NodeBinding(variable, node, 0, propertyFields)
                : new Scope.RelBinding(variable, (RelTableEntry) table, 0, propertyFields, -1, -1, -1, -1);
    }

    private static Scope.Binding multiTable(String variable, TypeId kind, List<? extends TableEntry> tables,
                                            PropertyUnion properties) {
        Map<String, Integer> propertyFields = new LinkedHashMap<>();
        for (int i = 0; i < properties.names().size(); i++) {
            propertyFields.put(properties.names().get(i), i + 1);
        }
        return new Scope.MultiTableBinding(variable, kind, List.copyOf(tables), 0, -1, -1, propertyFields);
    }
}
