package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueComparator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static io.kuzujvm.planner.function.Fn.ANY;
import static io.kuzujvm.planner.function.Fn.LIST;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.ListFunctions.list;

/** MAP(keys, values) and the functions that read maps. */
final class MapFunctions {

    private static final Predicate<LogicalType> MAP = type -> type.id() == TypeId.MAP;

    private MapFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("map", args(types -> LogicalType.map(types.get(0).elementType(), types.get(1).elementType()),
                LIST, LIST), a -> map(list(a[0]), list(a[1]))));
        all.add(fn("map_extract,element_at", args(types -> LogicalType.list(types.get(0).valueType()), MAP, ANY),
                a -> extract((MapValue) a[0], a[1])));
        all.add(fn("map_keys", args(types -> LogicalType.list(types.get(0).keyType()), MAP),
                a -> ((MapValue) a[0]).keys()));
        all.add(fn("map_values", args(types -> LogicalType.list(types.get(0).valueType()), MAP),
                a -> ((MapValue) a[0]).values()));
        all.add(fn("cardinality", args(LogicalType.INT64, MAP), a -> (long) ((MapValue) a[0]).keys().size()));
        return all;
    }

    private static MapValue map(List<Object> keys, List<Object> values) {
        if (keys.size() != values.size()) {
            throw KuzuException.conversion("Unaligned key list and value list.");
        }
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            if (key == null) {
                throw KuzuException.conversion("Map does not allow null as key.");
            }
            for (int j = 0; j < i; j++) {
                if (ValueComparator.compare(keys.get(j), key) == 0) {
                    throw KuzuException.runtime("Found duplicate key: "
                            + io.kuzujvm.engine.types.ValueFormatter.format(key) + " in map.");
                }
            }
        }
        return new MapValue(keys, values);
    }

    /** The values under a key: a list of one, or empty when the key is absent. */
    private static List<Object> extract(MapValue map, Object key) {
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < map.keys().size(); i++) {
            if (ValueComparator.compare(map.keys().get(i), key) == 0) {
                found.add(map.values().get(i));
            }
        }
        return found;
    }
}
