package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueComparator;
import io.kuzujvm.engine.types.ValueFormatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static io.kuzujvm.planner.function.Fn.ANY;
import static io.kuzujvm.planner.function.Fn.INTEGER;
import static io.kuzujvm.planner.function.Fn.LIST;
import static io.kuzujvm.planner.function.Fn.STRING;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;
import static io.kuzujvm.planner.function.Fn.typed;
import static io.kuzujvm.planner.function.NumericFunctions.toLong;

/** List functions; positions count from 1, negative ones from the end. */
final class ListFunctions {

    private ListFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(fn("list_concat,list_cat,array_concat,array_cat,+", args(ListFunctions::firstList, LIST, LIST),
                a -> concat(list(a[0]), list(a[1]))));
        all.add(fn("list_append,array_append,array_push_back", args(ListFunctions::firstList, LIST, ANY),
                a -> concat(list(a[0]), Collections.singletonList(a[1]))).acceptingNulls().nullIfFirstNull());
        all.add(fn("list_prepend,array_prepend,array_push_front", args(ListFunctions::firstList, LIST, ANY),
                a -> concat(Collections.singletonList(a[1]), list(a[0]))).acceptingNulls().nullIfFirstNull());
        all.add(fn("list_extract,list_element,array_extract", args(ListFunctions::elementType, LIST, INTEGER),
                a -> extract(list(a[0]), toLong(a[1]))));
        all.add(fn("list_extract,list_element,array_extract", args(LogicalType.STRING, STRING, INTEGER),
                a -> extractChar((String) a[0], toLong(a[1]))));
        all.add(fn("list_slice,array_slice", args(ListFunctions::firstList, LIST, INTEGER, INTEGER),
                a -> slice(list(a[0]), toLong(a[1]), toLong(a[2]))));
        all.add(fn("list_slice,array_slice", args(LogicalType.STRING, STRING, INTEGER, INTEGER),
                a -> sliceString((String) a[0], toLong(a[1]), toLong(a[2]))));
        all.add(fn("list_contains,list_has,array_contains,array_has", args(LogicalType.BOOL, LIST, ANY),
                a -> position(list(a[0]), a[1]) > 0));
        all.add(fn("list_position,list_indexof,array_position,array_indexof", args(LogicalType.INT64, LIST, ANY),
                a -> position(list(a[0]), a[1])));
        all.add(fn("list_reverse", args(ListFunctions::firstList, LIST), a -> {
            List<Object> copy = new ArrayList<>(list(a[0]));
            Collections.reverse(copy);
            return copy;
        }));
        all.add(fn("list_sort", args(ListFunctions::firstList, LIST), a -> sort(list(a[0]), "ASC", "NULLS FIRST")));
        all.add(fn("list_sort", args(ListFunctions::firstList, LIST, STRING),
                a -> sort(list(a[0]), (String) a[1], "NULLS FIRST")));
        all.add(fn("list_sort", args(ListFunctions::firstList, LIST, STRING, STRING),
                a -> sort(list(a[0]), (String) a[1], (String) a[2])));
        all.add(fn("list_reverse_sort", args(ListFunctions::firstList, LIST),
                a -> sort(list(a[0]), "DESC", "NULLS FIRST")));
        all.add(fn("list_reverse_sort", args(ListFunctions::firstList, LIST, STRING),
                a -> sort(list(a[0]), "DESC", (String) a[1])));
        all.add(fn("list_distinct,array_distinct", args(ListFunctions::firstList, LIST),
                a -> new ArrayList<>(distinct(list(a[0])))));
        all.add(fn("list_unique,array_unique", args(LogicalType.INT64, LIST), a -> (long) distinct(list(a[0])).size()));
        all.add(fn("list_any_value", args(ListFunctions::elementType, LIST),
                a -> list(a[0]).stream().filter(Objects::nonNull).findFirst().orElse(null)));
        all.add(fn("list_has_all", args(LogicalType.BOOL, LIST, LIST),
                a -> list(a[1]).stream().filter(Objects::nonNull).allMatch(e -> position(list(a[0]), e) > 0)));
        all.add(fn("list_sum", args(ListFunctions::aggregateType, LIST), a -> sum(list(a[0]))));
        all.add(fn("list_product", args(ListFunctions::aggregateType, LIST), a -> product(list(a[0]))));
        all.add(fn("list_min", args(ListFunctions::elementType, LIST), a -> extreme(list(a[0]), -1)));
        all.add(fn("list_max", args(ListFunctions::elementType, LIST), a -> extreme(list(a[0]), 1)));
        all.add(typed("list_to_string,array_to_string", args(LogicalType.STRING, STRING, LIST),
                types -> a -> toString((String) a[0], list(a[1]), types.get(1))));
        all.add(fn("size,cardinality,len,length", args(LogicalType.INT64, LIST), a -> (long) list(a[0]).size()));
        all.add(fn("size,cardinality,len,length", args(LogicalType.INT64, STRING),
                a -> (long) StringFunctions.length((String) a[0])));
        all.add(fn("range", args(LogicalType.list(LogicalType.INT64), INTEGER, INTEGER),
                a -> range(toLong(a[0]), toLong(a[1]), 1)));
        all.add(fn("range", args(LogicalType.list(LogicalType.INT64), INTEGER, INTEGER, INTEGER),
                a -> range(toLong(a[0]), toLong(a[1]), toLong(a[2]))));
        return all;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static LogicalType firstList(List<LogicalType> types) {
        LogicalType first = types.get(0);
        if (first.id() == TypeId.ARRAY) {
            return LogicalType.list(first.elementType());
        }
        if (first.id() == TypeId.ANY) {
            return types.size() > 1 && types.get(1).id() == TypeId.LIST ? types.get(1) : LogicalType.list(
                    types.size() > 1 && types.get(1).id() != TypeId.ANY ? types.get(1) : LogicalType.STRING);
        }
        return first;
    }

    private static LogicalType elementType(List<LogicalType> types) {
        LogicalType first = types.get(0);
        return first.id() == TypeId.ANY ? LogicalType.ANY : first.elementType();
    }

    private static LogicalType aggregateType(List<LogicalType> types) {
        LogicalType element = elementType(types);
        return element.isInteger() ? LogicalType.INT64 : element.id() == TypeId.ANY ? LogicalType.INT64 : element;
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }

    private static Object extract(List<Object> list, long index) {
        if (index == 0) {
            throw KuzuException.runtime("List extract takes 1-based position.");
        }
        long i = index > 0 ? index - 1 : list.size() + index;
        if (i < 0 || i >= list.size()) {
            throw KuzuException.runtime("list_extract(list, index): index=" + index + " is out of range.");
        }
        return list.get((int) i);
    }

    private static String extractChar(String s, long index) {
        int length = StringFunctions.length(s);
        long i = index > 0 ? index - 1 : length + index;
        return i < 0 || i >= length ? "" : StringFunctions.codePoints(s, i, i + 1);
    }

    /** The 0-based bounds [from, to) of a 1-based inclusive slice, negative bounds counting from the end. */
    private static long[] sliceBounds(long length, long begin, long end) {
        long from = Math.max(begin < 0 ? length + begin + 1 : begin, 1) - 1;
        long to = Math.min(end < 0 ? length + end + 1 : end, length);
        return new long[] {from, Math.max(from, to)};
    }

    private static List<Object> slice(List<Object> list, long begin, long end) {
        long[] bounds = sliceBounds(list.size(), begin, end);
        return bounds[0] >= list.size() ? List.of() : new ArrayList<>(list.subList((int) bounds[0], (int) bounds[1]));
    }

    private static String sliceString(String s, long begin, long end) {
        long[] bounds = sliceBounds(StringFunctions.length(s), begin, end);
        return StringFunctions.codePoints(s, bounds[0], bounds[1]);
    }

    private static long position(List<Object> list, Object element) {
        if (element == null) {
            return 0;
        }
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (e != null && (e.equals(element) || sameNumber(e, element))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean sameNumber(Object a, Object b) {
        try {
            return a instanceof Number && b instanceof Number && ValueComparator.compare(a, b) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Object> sort(List<Object> list, String order, String nulls) {
        String o = order.trim().toUpperCase(Locale.ROOT);
        String n = nulls.trim().toUpperCase(Locale.ROOT);
        if (!o.equals("ASC") && !o.equals("DESC")) {
            throw KuzuException.runtime("Invalid sortOrder");
        }
        if (!n.equals("NULLS FIRST") && !n.equals("NULLS LAST")) {
            throw KuzuException.runtime("Invalid nullOrder");
        }
        Comparator<Object> comparator = ValueComparator::compare;
        if (o.equals("DESC")) {
            comparator = comparator.reversed();
        }
        comparator = n.equals("NULLS FIRST") ? Comparator.nullsFirst(comparator) : Comparator.nullsLast(comparator);
        List<Object> copy = new ArrayList<>(list);
        copy.sort(comparator);
        return copy;
    }

    private static LinkedHashSet<Object> distinct(List<Object> list) {
        LinkedHashSet<Object> result = new LinkedHashSet<>();
        for (Object e : list) {
            if (e != null && result.stream().noneMatch(r -> r.equals(e) || sameNumber(r, e))) {
                result.add(e);
            }
        }
        return result;
    }

    private static Object sum(List<Object> list) {
        Object result = null;
        for (Object e : list) {
            if (e != null) {
                result = result == null ? e : add(result, e);
            }
        }
        return result;
    }

    private static Object product(List<Object> list) {
        Object result = null;
        for (Object e : list) {
            if (e != null) {
                result = result == null ? e : multiply(result, e);
            }
        }
        return result;
    }

    private static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Math.addExact(x, y);
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return new BigInteger(a.toString()).add(new BigInteger(b.toString()));
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y);
        }
        return ((Number) a).doubleValue() + ((Number) b).doubleValue();
    }

    private static Object multiply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Math.multiplyExact(x, y);
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return new BigInteger(a.toString()).multiply(new BigInteger(b.toString()));
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.multiply(y);
        }
        return ((Number) a).doubleValue() * ((Number) b).doubleValue();
    }

    private static Object extreme(List<Object> list, int sign) {
        Object result = null;
        for (Object e : list) {
            if (e != null && (result == null || sign * ValueComparator.compare(e, result) > 0)) {
                result = e;
            }
        }
        return result;
    }

    private static String toString(String separator, List<Object> list, LogicalType listType) {
        LogicalType element = listType.id() == TypeId.ANY ? LogicalType.STRING : listType.elementType();
        List<String> parts = new ArrayList<>();
        for (Object e : list) {
            if (e != null) {
                parts.add(ValueFormatter.format(e, element));
            }
        }
        return String.join(separator, parts);
    }

    private static List<Long> range(long start, long end, long step) {
        if (step == 0) {
            throw KuzuException.runtime("Step of range cannot be 0.");
        }
        List<Long> result = new ArrayList<>();
        for (long i = start; step > 0 ? i <= end : i >= end; i += step) {
            result.add(i);
        }
        return result;
    }
}
