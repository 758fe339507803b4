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
import static io.kuzujvm.planner.function.Fn.typed;

/** Functions of node and rel values: id(), label(), keys(), and internal ids: offset(), internal_id(). */
public final class EntityFunctions {

    private static final Predicate<LogicalType> ENTITY = type -> type.id() == TypeId.NODE
            || type.id() == TypeId.REL;
    private static final Predicate<LogicalType> ID = type -> type.id() == TypeId.INTERNAL_ID;
    // keys(null) and labels(null) are null (Kùzu 0.11 crashes on them).
    private static final Predicate<LogicalType> ENTITY_OR_NULL = ENTITY.or(Fn::isAny);
    private static final Predicate<LogicalType> WITH_FIELDS = ENTITY_OR_NULL.or(type -> type.id() == TypeId.STRUCT);

    private EntityFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("id", args(LogicalType.INTERNAL_ID, ENTITY), a -> field((StructValue) a[0], "_ID")));
        all.add(fn("label,labels", args(LogicalType.STRING, ENTITY_OR_NULL),
                a -> field((StructValue) a[0], "_LABEL")));
        all.add(typed("keys", args(LogicalType.list(LogicalType.STRING), WITH_FIELDS), types -> {
            List<String> keys = Fn.isAny(types.get(0)) ? List.of() : propertyNames(types.get(0));
            return a -> keys;
        }));
        all.add(fn("offset", args(LogicalType.INT64, ID), a -> InternalId.unpack((Long) a[0]).offset()));
        all.add(fn("internal_id", args(LogicalType.INTERNAL_ID, Fn.INTEGER, Fn.INTEGER),
                a -> new InternalId(NumericFunctions.toLong(a[0]), NumericFunctions.toLong(a[1])).packed()));
        return all;
    }

    /**
     * {@code value.name} of a node, rel or struct value that is not a variable's own (an element
     * of a list, a field of a struct): the field of that name, of the type the value's type gives it.
     */
    public static ScalarFunction fieldOf(String name) {
        Predicate<LogicalType> withFields = type -> (type.id() == TypeId.NODE || type.id() == TypeId.REL
                || type.id() == TypeId.STRUCT) && type.fieldType(name) != null;
        return fn("struct_extract", args(types -> types.get(0).fieldType(name), withFields),
                a -> field((StructValue) a[0], name));
    }

    /** The names of a type's properties (a struct's fields): all but the internal _ID, _LABEL, _SRC, _DST. */
    private static List<String> propertyNames(LogicalType type) {
        return type.fieldNames().stream().filter(name -> type.id() == TypeId.STRUCT || !name.startsWith("_")).toList();
    }

    /** The field of a node, rel or struct value by name, any case; null when it has none. */
    static Object field(StructValue value, String name) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.names().size(); i++) {
            if (value.names().get(i).equalsIgnoreCase(name)) {
                return value.values().get(i);
            }
        }
        return null;
    }
}
