package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.binder.PackedIdFunction;
import io.kuzujvm.planner.binder.Scope;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a MATCH over several tables: one plan per choice of tables (see
 * {@link LabelExpansion}), each projected to one row layout and then unioned. A variable that
 * has the same table in every branch keeps its binding; one over several tables becomes a
 * {@link Scope.MultiTableBinding} (ids packed with their table, properties by name).
 */
final class BranchUnion {

    private final RelBuilder builder;
    private final RexBuilder rexBuilder;
    private final List<RelNode> plans;
    private final List<Scope> scopes;
    /** Per branch, the expressions of the union's fields (null: the branch has no such value). */
    private final List<List<RexNode>> columns = new ArrayList<>();
    private final List<String> fieldNames = new ArrayList<>();

    BranchUnion(RelBuilder builder, List<RelNode> plans, List<Scope> scopes) {
        this.builder = builder;
        this.rexBuilder = builder.getRexBuilder();
        this.plans = plans;
        this.scopes = scopes;
        for (int b = 0; b < plans.size(); b++) {
            columns.add(new ArrayList<>());
        }
    }

    /**
     * Pushes the union of the branches, whose first {@code inputWidth} fields are the rows before
     * the MATCH; returns {@code before} with the MATCH's variables added.
     */
    Scope union(Scope before, int inputWidth) {
        for (int field = 0; field < inputWidth; field++) {
            int f = field;
            add(plans.get(0).getRowType().getFieldNames().get(f), branch -> ref(branch, f));
        }
        Scope result = before.copy();
        for (String name : newVariables(before)) {
            List<Scope.Binding> bindings = scopes.stream().map(s -> s.get(name)).toList();
            result.add(unified(name, bindings, result));
        }
        for (int b = 0; b < plans.size(); b++) {
            builder.push(plans.get(b));
            builder.project(typed(b), fieldNames, true);
        }
        builder.union(true, plans.size());
        return result;
    }

    /** Named variables the branches add (anonymous ones cannot be used after the MATCH). */
    private List<String> newVariables(Scope before) {
        Set<String> names = new LinkedHashSet<>();
        for (Scope scope : scopes) {
            for (Scope.Binding binding : scope.all()) {
                if (before.find(binding.name()).isEmpty() && !binding.name().startsWith("_anon")) {
                    names.add(binding.name());
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** One binding for a variable's bindings in the branches; a path's named elements are those of {@code unified}. */
    private Scope.Binding unified(String name, List<Scope.Binding> bindings, Scope unified) {
        int base = fieldNames.size();
        if (bindings.stream().allMatch(b -> b instanceof Scope.PathBinding)) {
            return unifiedPath(name, bindings.stream().map(Scope.PathBinding.class::cast).toList(), unified);
        }
        if (bindings.stream().allMatch(b -> b instanceof Scope.ValueBinding)) {
            add(name, branch -> ref(branch, ((Scope.ValueBinding) bindings.get(branch)).field()));
            return new Scope.ValueBinding(name, base);
        }
        if (bindings.stream().allMatch(b -> b instanceof Scope.NodeBinding)) {
            List<Scope.NodeBinding> nodes = bindings.stream().map(Scope.NodeBinding.class::cast).toList();
            if (nodes.stream().map(Scope.NodeBinding::table).distinct().count() == 1) {
                NodeTableEntry table = nodes.get(0).table();
                add(name + "._id", branch -> ref(branch, nodes.get(branch).idField()));
                return new Scope.NodeBinding(name, table, base, propertiesInTableOrder(name, table, nodes));
            }
            add(name + "._id", branch -> packed(branch, nodes.get(branch).idField(), nodes.get(branch).table()));
            return new Scope.MultiTableBinding(name, TypeId.NODE, tables(nodes), base, -1, -1,
                    propertiesByName(name, nodes));
        }
        if (bindings.stream().allMatch(b -> b instanceof Scope.RelBinding)) {
            return unifiedRel(name, bindings.stream().map(Scope.RelBinding.class::cast).toList());
        }
        throw KuzuException.notImplemented("Variable " + name + " in a pattern over several tables");
    }

    /** A named path: its elements, each unified over the branches (an anonymous one under a name of the path's). */
    private Scope.Binding unifiedPath(String name, List<Scope.PathBinding> paths, Scope unified) {
        List<Scope.Binding> elements = new ArrayList<>();
        for (int i = 0; i < paths.get(0).elements().size(); i++) {
            int index = i;
            List<Scope.Binding> inBranches = paths.stream().map(path -> path.elements().get(index)).toList();
            String elementName = inBranches.get(0).name();
            elements.add(elementName.startsWith("_anon") ? unified(name + "._" + index, inBranches, unified)
                    : unified.get(elementName));
        }
        return new Scope.PathBinding(name, elements);
    }

    private Scope.Binding unifiedRel(String name, List<Scope.RelBinding> rels) {
        int base = fieldNames.size();
        boolean ends = rels.stream().allMatch(r -> r.sourceField() >= 0);
        boolean sameTables = rels.stream().map(r -> List.of(r.table().tableId(), r.sourceTableId(),
                r.destinationTableId())).distinct().count() == 1;
        if (sameTables) {
            add(name + "._id", branch -> ref(branch, rels.get(branch).idField()));
            if (ends) {
                add(name + "._src", branch -> ref(branch, rels.get(branch).sourceField()));
                add(name + "._dst", branch -> ref(branch, rels.get(branch).destinationField()));
            }
            Scope.RelBinding first = rels.get(0);
            return new Scope.RelBinding(name, first.table(), base, propertiesInTableOrder(name, first.table(), rels),
                    ends ? base + 1 : -1, first.sourceTableId(), ends ? base + 2 : -1, first.destinationTableId());
        }
        add(name + "._id", branch -> packed(branch, rels.get(branch).idField(), rels.get(branch).table()));
        if (ends) {
            add(name + "._src", branch -> packedEnd(branch, rels.get(branch).sourceField(),
                    rels.get(branch).sourceTableId()));
            add(name + "._dst", branch -> packedEnd(branch, rels.get(branch).destinationField(),
                    rels.get(branch).destinationTableId()));
        }
        return new Scope.MultiTableBinding(name, TypeId.REL, tables(rels), base, ends ? base + 1 : -1,
                ends ? base + 2 : -1, propertiesByName(name, rels));
    }

    private static List<TableEntry> tables(List<? extends Scope.EntityBinding> entities) {
        return entities.stream().map(Scope.EntityBinding::table).distinct().map(TableEntry.class::cast).toList();
    }

    private Map<Integer, Integer> propertiesInTableOrder(String name, TableEntry table,
                                                        List<? extends Scope.EntityBinding> entities) {
        Map<Integer, Integer> fields = new LinkedHashMap<>();
        for (int p = 0; p < table.properties().size(); p++) {
            int property = p;
            fields.put(p, fieldNames.size());
            add(name + "." + table.properties().get(p).name(), branch -> entities.get(branch).propertyFields()
                    .containsKey(property) ? ref(branch, entities.get(branch).propertyFields().get(property)) : null);
        }
        return fields;
    }

    /** The properties of every table by name, in order of first appearance. */
    private Map<String, Integer> propertiesByName(String name, List<? extends Scope.EntityBinding> entities) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        for (Scope.EntityBinding entity : entities) {
            for (Property property : entity.table().properties()) {
                if (fields.keySet().stream().noneMatch(property.name()::equalsIgnoreCase)) {
                    fields.put(property.name(), fieldNames.size());
                    add(name + "." + property.name(), branch -> entities.get(branch).fieldOf(property.name())
                            .map(field -> ref(branch, field)).orElse(null));
                }
            }
        }
        return fields;
    }

    private interface BranchValue {
        RexNode of(int branch);
    }

    private void add(String name, BranchValue value) {
        fieldNames.add(name);
        for (int b = 0; b < plans.size(); b++) {
            columns.get(b).add(value.of(b));
        }
    }

    private RexNode ref(int branch, int field) {
        return rexBuilder.makeInputRef(plans.get(branch).getRowType().getFieldList().get(field).getType(), field);
    }

    private RexNode packed(int branch, int field, TableEntry table) {
        return packedEnd(branch, field, table.tableId());
    }

    private RexNode packedEnd(int branch, int field, long tableId) {
        return rexBuilder.makeCall(new PackedIdFunction(tableId), ref(branch, field));
    }

    /** A branch's fields, each of the type common to all branches (a missing value is its null). */
    private List<RexNode> typed(int branch) {
        RelDataTypeFactory factory = rexBuilder.getTypeFactory();
        List<RexNode> fields = new ArrayList<>();
        for (int f = 0; f < fieldNames.size(); f++) {
            int field = f;
            List<RelDataType> types = columns.stream().map(c -> c.get(field)).filter(e -> e != null)
                    .map(RexNode::getType).toList();
            RelDataType common = types.stream().distinct().count() == 1 ? types.get(0) : factory.leastRestrictive(types);
            if (common == null) {
                throw KuzuException.notImplemented("Property " + fieldNames.get(f)
                        + " with different types in the tables of one pattern");
            }
            common = factory.createTypeWithNullability(common, true);
            RexNode value = columns.get(branch).get(f);
            fields.add(value == null ? rexBuilder.makeNullLiteral(common)
                    : value.getType().equals(common) ? value : rexBuilder.makeCast(common, value, true, false));
        }
        return fields;
    }
}
