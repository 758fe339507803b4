package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties that the nodes (or rels) of a path over several tables carry: those of every
 * table by name, each once, in order of first appearance. A node has the properties of its own
 * table; the others are null (and not printed).
 */
public record PropertyUnion(List<String> names, List<LogicalType> types) {

    public PropertyUnion {
        names = List.copyOf(names);
        types = List.copyOf(types);
    }

    public static PropertyUnion of(List<? extends TableEntry> tables) {
        List<String> names = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        for (TableEntry table : tables) {
            for (Property property : table.properties()) {
                int known = indexOf(names, property.name());
                if (known < 0) {
                    names.add(property.name());
                    types.add(property.type());
                } else if (!types.get(known).equals(property.type())) {
                    throw KuzuException.notImplemented("Property " + property.name()
                            + " with different types in the tables of one pattern");
                }
            }
        }
        return new PropertyUnion(names, types);
    }

    /** The union's properties with the given names, in that order (each must be one of them). */
    public PropertyUnion select(List<String> selected) {
        return new PropertyUnion(selected.stream().map(name -> names.get(indexOf(names, name))).toList(),
                selected.stream().map(name -> types.get(indexOf(names, name))).toList());
    }

    /** Per property of the union, its index among the table's properties, -1 where the table lacks it. */
    public int[] indexesIn(TableEntry table) {
        return names.stream().mapToInt(name -> table.propertyIndex(name).orElse(-1)).toArray();
    }

    /** The position of a property by name (case-insensitive), -1 when no table has it. */
    public int indexOf(String name) {
        return indexOf(names, name);
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
