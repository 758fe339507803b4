package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.ListFunctions.list;

/**
 * The functions of paths (RECURSIVE_REL values {@code {_NODES: [...], _RELS: [...]}}): nodes, rels,
 * length, is_trail, is_acyclic, and properties of a list of nodes or rels.
 */
public final class PathFunctions {

    private static final Predicate<LogicalType> PATH = type -> type.id() == TypeId.RECURSIVE_REL;

    private PathFunctions() {
    }

    static List<Fn> all() {
        return List.of(
                fn("nodes", args(types -> types.get(0).children().get(0), PATH), a -> nodes(a[0])),
                fn("rels", args(types -> types.get(0).children().get(1), PATH), a -> rels(a[0])),
                fn("length", args(LogicalType.INT64, PATH), a -> (long) rels(a[0]).size()),
                fn("is_trail", args(LogicalType.BOOL, PATH), a -> distinctIds(rels(a[0]))),
                fn("is_acyclic", args(LogicalType.BOOL, PATH), a -> distinctIds(nodes(a[0]))));
    }

    /**
     * properties(list, 'name'): the property of each node or rel of a list (null where one has no
     * such field). The name is part of the function, as it decides the result type.
     */
    public static ScalarFunction properties(String property) {
        Predicate<LogicalType> entities = type -> type.id() == TypeId.LIST
                && (type.elementType().id() == TypeId.NODE || type.elementType().id() == TypeId.REL);
        return fn("properties", args(types -> LogicalType.list(fieldType(types.get(0).elementType(), property)),
                entities, STRING), a -> list(a[0]).stream().map(entity -> EntityFunctions.field((StructValue) entity, property))
                .toList());
    }

    private static LogicalType fieldType(LogicalType entity, String property) {
        LogicalType type = entity.fieldType(property);
        if (type == null) {
            throw KuzuException.binder("Invalid property name: " + property + ".");
        }
        return type;
    }

    private static List<Object> nodes(Object path) {
        return list(((StructValue) path).values().get(0));
    }

    private static List<Object> rels(Object path) {
        return list(((StructValue) path).values().get(1));
    }

    /** Whether no two nodes (or rels) of a list have the same _ID. */
    private static boolean distinctIds(List<Object> entities) {
        Set<Object> ids = new HashSet<>();
        for (Object entity : entities) {
            if (!ids.add(EntityFunctions.field((StructValue) entity, "_ID"))) {
                return false;
            }
        }
        return true;
    }
}
