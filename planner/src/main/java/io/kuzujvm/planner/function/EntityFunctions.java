package io.kuzujvm.planner.function;

import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;

/** Functions of node and rel values: id(), label(), and offset() of an internal id. */
final class EntityFunctions {

    private static final Predicate<LogicalType> ENTITY = type -> type.id() == TypeId.NODE
            || type.id() == TypeId.REL;
    private static final Predicate<LogicalType> ID = type -> type.id() == TypeId.INTERNAL_ID;

    private EntityFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("id", args(LogicalType.INTERNAL_ID, ENTITY), a -> field((StructValue) a[0], "_ID")));
        all.add(fn("label", args(LogicalType.STRING, ENTITY), a -> field((StructValue) a[0], "_LABEL")));
        all.add(fn("offset", args(LogicalType.INT64, ID), a -> InternalId.unpack((Long) a[0]).offset()));
        return all;
    }

    private static Object field(StructValue entity, String name) {
        return entity.values().get(entity.names().indexOf(name));
    }
}
