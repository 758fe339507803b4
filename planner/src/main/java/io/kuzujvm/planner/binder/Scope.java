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

    /** A value: one field of the row. */
    public record ValueBinding(String name, int field) implements Binding {
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

    public List<Binding> all() {
        return new ArrayList<>(bindings.values());
    }
}
