package io.kuzujvm.planner.function;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueCaster;

import java.util.ArrayList;
import java.util.List;

import static io.kuzujvm.planner.function.Fn.ANY;
import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.Fn.typed;

/**
 * Conversions (to_int64, string, date, ...; CAST itself is bound as a cast) and the
 * null-handling utilities (coalesce, ifnull, nullif, typeof, ...).
 */
final class ConversionFunctions {

    private ConversionFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(conversion("to_int8", LogicalType.INT8));
        all.add(conversion("to_int16", LogicalType.INT16));
        all.add(conversion("to_int32", LogicalType.INT32));
        all.add(conversion("to_int64", LogicalType.INT64));
        all.add(conversion("to_int128", LogicalType.INT128));
        all.add(conversion("to_uint8", LogicalType.UINT8));
        all.add(conversion("to_uint16", LogicalType.UINT16));
        all.add(conversion("to_uint32", LogicalType.UINT32));
        all.add(conversion("to_uint64", LogicalType.UINT64));
        all.add(conversion("to_float", LogicalType.FLOAT));
        all.add(conversion("to_double", LogicalType.DOUBLE));
        all.add(conversion("to_bool", LogicalType.BOOL));
        all.add(conversion("to_string,string", LogicalType.STRING));
        all.add(conversion("to_date,date", LogicalType.DATE));
        all.add(conversion("to_timestamp,timestamp", LogicalType.TIMESTAMP));
        all.add(conversion("timestamp_tz", LogicalType.TIMESTAMP_TZ));
        all.add(conversion("timestamp_ns", LogicalType.TIMESTAMP_NS));
        all.add(conversion("timestamp_ms", LogicalType.TIMESTAMP_MS));
        all.add(conversion("timestamp_sec", LogicalType.TIMESTAMP_SEC));
        all.add(conversion("interval,to_interval,duration", LogicalType.INTERVAL));
        all.add(conversion("uuid", LogicalType.UUID));
        all.add(conversion("blob", LogicalType.BLOB));
        all.add(typed("typeof", args(LogicalType.STRING, ANY),
                types -> a -> Fn.isAny(types.get(0)) ? "NULL" : types.get(0).toString()).acceptingNulls());
        all.add(typed("coalesce", ConversionFunctions::commonType, ConversionFunctions::firstNonNull).acceptingNulls());
        all.add(typed("ifnull", types -> types.size() == 2 ? commonType(types) : null,
                ConversionFunctions::firstNonNull).acceptingNulls());
        all.add(fn("nullif", types -> types.size() == 2 ? commonType(types) : null,
                a -> a[0] != null && a[1] != null && a[0].equals(a[1]) ? null : a[0]).acceptingNulls());
        all.add(fn("constant_or_null", args(types -> types.get(0), ANY, ANY), a -> a[0]));
        all.add(fn("count_if", args(LogicalType.INT64, ANY), a -> isTrue(a[0]) ? 1L : 0L));
        all.add(fn("error", args(LogicalType.ANY, STRING), a -> {
            throw io.kuzujvm.engine.common.KuzuException.runtime((String) a[0]);
        }));
        return all;
    }

    private static java.util.function.Function<Object[], Object> firstNonNull(List<LogicalType> types) {
        LogicalType result = commonType(types);
        return a -> {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != null) {
                    return ValueCaster.cast(a[i], types.get(i), result);
                }
            }
            return null;
        };
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.doubleValue() != 0;
    }

    private static Fn conversion(String names, LogicalType target) {
        return typed(names, args(target, ANY), types -> a -> ValueCaster.cast(a[0],
                Fn.isAny(types.get(0)) ? LogicalType.STRING : types.get(0), target));
    }

    /** The first non-null argument type; arguments must not be of incompatible kinds. */
    private static LogicalType commonType(List<LogicalType> types) {
        if (types.isEmpty()) {
            return null;
        }
        LogicalType result = LogicalType.ANY;
        for (LogicalType type : types) {
            if (type.id() == TypeId.ANY) {
                continue;
            }
            if (result.id() == TypeId.ANY) {
                result = type;
            } else if (!result.equals(type) && !(result.isNumeric() && type.isNumeric())) {
                return null;
            } else if (result.isNumeric() && type.isNumeric() && !result.equals(type)) {
                result = wider(result, type);
            }
        }
        return result.id() == TypeId.ANY ? LogicalType.STRING : result;
    }

    private static LogicalType wider(LogicalType a, LogicalType b) {
        if (a.id() == TypeId.DOUBLE || b.id() == TypeId.DOUBLE || a.id() == TypeId.FLOAT || b.id() == TypeId.FLOAT) {
            return LogicalType.DOUBLE;
        }
        return LogicalType.INT64;
    }
}
