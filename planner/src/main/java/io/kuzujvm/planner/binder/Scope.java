package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible at a point of a query and where each lives in the current
 * plan's row: a node's id and property fields, or a single value field.
 */
public final class Scope {

    /** A variable in scope. */
    public sealed interface Binding {
        String name();
    }

    /** A node or rel variable: its table and the fields of its id and of each scanned property. */
    public sealed interface EntityBinding extends Binding {

        TableEntry table();

        int idField();

        /** Field of each scanned property, by property index. */
        Map<Integer, Integer> propertyFields();

        default Optional<Integer> fieldOf(String property) {
            return table().propertyIndex(property).map(propertyFields()::get);
        }
    }

    public record NodeBinding(String name, NodeTableEntry table, int idField, Map<Integer, Integer> propertyFields)
            implements EntityBinding {
    }

    /**
     * A rel variable; also where its source and destination node ids are (-1 when a pattern
     * without direction leaves that open per row) and their tables.
     */
    public record RelBinding(String name, RelTableEntry table, int idField, Map<Integer, Integer> propertyFields,
                             int sourceField, long sourceTableId, int destinationField, long destinationTableId)
            implements EntityBinding {
    }

    /**
     * A named path: the bindings of its nodes, rels and recursive rels (RECURSIVE_REL values) in
     * order; its value is assembled from theirs when it is read.
     */
    public record PathBinding(String name, List<Binding> elements) implements Binding {

        public PathBinding {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A node or rel variable whose rows come from several tables (a pattern without a label or
     * with several): its id field holds ids packed with their table id ({@code InternalId.packed}),
     * a rel's ends too (-1 when the pattern leaves the direction open); properties are by name,
     * in order of first appearance, null in rows of a table without that property.
     */
    public record MultiTableBinding(String name, io.kuzujvm.engine.types.TypeId kind, List<TableEntry> tables,
                                    int idField, int sourceField, int destinationField,
                                    Map<String, Integer> propertyFields) implements Binding {

        public MultiTableBinding {
            tables = List.copyOf(tables);
            propertyFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(propertyFields));
        }

        public Optional<Integer> fieldOf(String property) {
            return propertyFields.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(property))
                    .map(Map.Entry::getValue).findFirst();
        }

        /** The same binding with every field moved by {@code offset}. */
        public MultiTableBinding shifted(int offset) {
            Map<String, Integer> fields = new LinkedHashMap<>();
            propertyFields.forEach((property, field) -> fields.put(property, field + offset));
            return new MultiTableBinding(name, kind, tables, idField + offset,
                    sourceField < 0 ? -1 : sourceField + offset, destinationField < 0 ? -1 : destinationField + offset,
                    fields);
        }
    }

    /** A value: one field of the row. */
    public record ValueBinding(String name, int field) implements Binding {
    }

    /**
     * A lambda's parameter (x in {@code x -> x + 1}): not a field of the row but the element the
     * lambda is applied to; {@code parameter} counts the parameters of the lambdas it is nested in too.
     */
    public record LambdaBinding(String name, int parameter, io.kuzujvm.engine.types.LogicalType type)
            implements Binding {
    }

    /**
     * The name of the cost of a weighted shortest path {@code rel}: a value of its own beside the
     * path, read by {@code cost(rel)} (a name no user variable can have).
     */
    public static String costName(String rel) {
        return rel + "._cost";
    }

    public static boolean isCost(Binding binding) {
        return binding.name().endsWith("._cost");
    }

    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    public void add(Binding binding) {
        String key = binding.name().toLowerCase(Locale.ROOT);
        if (bindings.containsKey(key)) {
            throw KuzuException.binder("Variable " + binding.name() + " already exists.");
        }
        bindings.put(key, binding);
    }

    public Optional<Binding> find(String name) {
        return Optional.ofNullable(bindings.get(name.toLowerCase(Locale.ROOT)));
    }

    public Binding get(String name) {
        return find(name).orElseThrow(() -> KuzuException.binder("Variable " + name + " is not in scope."));
    }

    /** A copy in which the binding hides any variable of the same name (a lambda's parameter). */
    public Scope shadowedBy(Binding binding) {
        Scope copy = copy();
        copy.bindings.put(binding.name().toLowerCase(Locale.ROOT), binding);
        return copy;
    }

    /** A scope with the same bindings, to add to independently. */
    public Scope copy() {
        Scope copy = new Scope();
        copy.bindings.putAll(bindings);
        return copy;
    }

    public List<Binding> all() {
        return new ArrayList<>(bindings.values());
    }
}
