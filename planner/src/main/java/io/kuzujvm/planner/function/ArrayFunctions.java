package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

import static io.kuzujvm.planner.function.Fn.LIST;
import static io.kuzujvm.planner.function.Fn.isAny;
import static io.kuzujvm.planner.function.Fn.typed;
import static io.kuzujvm.planner.function.NumericFunctions.toDouble;

/**
 * Vector functions of arrays (embeddings): similarity, distances and products of FLOAT[] and
 * DOUBLE[] arrays, and the cross product of 3-element arrays. A list argument stands for an
 * array of its length, as Kùzu casts list literals; lengths are checked per row.
 */
final class ArrayFunctions {

    private static final Set<TypeId> CROSS_PRODUCT_ELEMENTS = Set.of(TypeId.INT8, TypeId.INT16, TypeId.INT32,
            TypeId.INT64, TypeId.INT128, TypeId.FLOAT, TypeId.DOUBLE);

    private ArrayFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(metric("array_cosine_similarity", ArrayFunctions::cosineSimilarity));
        all.add(metric("array_distance", (a, b) -> Math.sqrt(squaredDistance(a, b))));
        all.add(metric("array_squared_distance", ArrayFunctions::squaredDistance));
        all.add(metric("array_inner_product", ArrayFunctions::innerProduct));
        all.add(metric("array_dot_product", ArrayFunctions::innerProduct));
        all.add(typed("array_cross_product", ArrayFunctions::crossProductType,
                types -> crossProduct(types.get(0).id() == TypeId.ANY ? types.get(1) : types.get(0))));
        return all;
    }

    /** A function of two FLOAT[] or DOUBLE[] arrays of one length, giving their element type. */
    private static Fn metric(String name, ToDoubleBiFunction<List<Object>, List<Object>> metric) {
        String shownName = name.toUpperCase(Locale.ROOT);
        return typed(name, types -> metricType(shownName, types), types -> {
            boolean isFloat = metricType(shownName, types).id() == TypeId.FLOAT;
            return a -> {
                List<Object> left = ListFunctions.list(a[0]);
                List<Object> right = ListFunctions.list(a[1]);
                requireSameLength(shownName, left, right);
                double result = metric.applyAsDouble(left, right);
                return isFloat ? (double) (float) result : result;
            };
        });
    }

    private static LogicalType metricType(String shownName, List<LogicalType> types) {
        if (types.size() != 2 || !LIST.test(types.get(0)) || !LIST.test(types.get(1))) {
            return null;
        }
        for (LogicalType type : types) {
            TypeId element = isAny(type) ? TypeId.DOUBLE : type.elementType().id();
            if (element != TypeId.FLOAT && element != TypeId.DOUBLE) {
                throw KuzuException.binder(shownName + " requires argument type to be FLOAT[] or DOUBLE[].");
            }
        }
        // Kùzu casts both to the array argument's type; the first when both are lists.
        LogicalType array = types.get(1).id() == TypeId.ARRAY && types.get(0).id() != TypeId.ARRAY
                || isAny(types.get(0)) ? types.get(1) : types.get(0);
        return isAny(array) ? LogicalType.DOUBLE : array.elementType();
    }

    private static void requireSameLength(String shownName, List<Object> left, List<Object> right) {
        if (left.size() != right.size()) {
            throw KuzuException.runtime(shownName + " requires both arrays to have the same size.");
        }
    }

    private static double cosineSimilarity(List<Object> a, List<Object> b) {
        return innerProduct(a, b) / Math.sqrt(innerProduct(a, a) * innerProduct(b, b));
    }

    private static double innerProduct(List<Object> a, List<Object> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += toDouble(a.get(i)) * toDouble(b.get(i));
        }
        return sum;
    }

    private static double squaredDistance(List<Object> a, List<Object> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            double d = toDouble(a.get(i)) - toDouble(b.get(i));
            sum += d * d;
        }
        return sum;
    }

    /** Kùzu checks that both types are the same before it looks at the element type. */
    private static LogicalType crossProductType(List<LogicalType> types) {
        if (types.size() != 2 || !LIST.test(types.get(0)) || !LIST.test(types.get(1))) {
            return null;
        }
        LogicalType left = types.get(0);
        LogicalType right = types.get(1);
        LogicalType typed = isAny(left) ? right : left;
        boolean sameType = isAny(left) || isAny(right) || left.elementType().equals(right.elementType())
                && (left.id() != TypeId.ARRAY || right.id() != TypeId.ARRAY || left.size() == right.size());
        if (!sameType) {
            throw crossProductSizeError();
        }
        if (isAny(typed)) {
            return LogicalType.array(LogicalType.DOUBLE, 3);
        }
        if (!CROSS_PRODUCT_ELEMENTS.contains(typed.elementType().id())) {
            throw KuzuException.binder("ARRAY_CROSS_PRODUCT can only be applied on array of floating points or integers");
        }
        return LogicalType.array(typed.elementType(), 3);
    }

    private static KuzuException crossProductSizeError() {
        return KuzuException.binder("ARRAY_CROSS_PRODUCT requires both arrays to have the same element type and size of 3");
    }

    /** Computed in the element type: integers wrap around as Kùzu's do, FLOATs round to float. */
    private static Function<Object[], Object> crossProduct(LogicalType type) {
        TypeId element = isAny(type) ? TypeId.DOUBLE : type.elementType().id();
        BinaryOperator<Object> times = switch (element) {
            case INT128 -> (x, y) -> big(x).multiply(big(y));
            case FLOAT -> (x, y) -> (double) ((float) toDouble(x) * (float) toDouble(y));
            case DOUBLE -> (x, y) -> toDouble(x) * toDouble(y);
            default -> (x, y) -> narrow(element, NumericFunctions.toLong(x) * NumericFunctions.toLong(y));
        };
        BinaryOperator<Object> minus = switch (element) {
            case INT128 -> (x, y) -> big(x).subtract(big(y));
            case FLOAT -> (x, y) -> (double) ((float) toDouble(x) - (float) toDouble(y));
            case DOUBLE -> (x, y) -> toDouble(x) - toDouble(y);
            default -> (x, y) -> narrow(element, NumericFunctions.toLong(x) - NumericFunctions.toLong(y));
        };
        return a -> {
            List<Object> u = ListFunctions.list(a[0]);
            List<Object> v = ListFunctions.list(a[1]);
            if (u.size() != 3 || v.size() != 3) {
                throw crossProductSizeError();
            }
            List<Object> result = new ArrayList<>(3);
            for (int i = 0; i < 3; i++) {
                int j = (i + 1) % 3;
                int k = (i + 2) % 3;
                result.add(minus.apply(times.apply(u.get(j), v.get(k)), times.apply(u.get(k), v.get(j))));
            }
            return result;
        };
    }

    private static BigInteger big(Object value) {
        return value instanceof BigInteger b ? b : BigInteger.valueOf(NumericFunctions.toLong(value));
    }

    private static long narrow(TypeId type, long value) {
        return switch (type) {
            case INT8 -> (byte) value;
            case INT16 -> (short) value;
            case INT32 -> (int) value;
            default -> value;
        };
    }
}
