package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static io.kuzujvm.planner.function.Fn.INTEGER;
import static io.kuzujvm.planner.function.Fn.NUMBER;
import static io.kuzujvm.planner.function.Fn.args;
import static io.kuzujvm.planner.function.Fn.fn;

/** Numeric functions: trigonometry, logarithms, rounding, integer arithmetic, bit operations. */
final class NumericFunctions {

    private NumericFunctions() {
    }

    static List<Fn> all() {
        List<Fn> all = new ArrayList<>();
        all.add(doubleFn("sin", Math::sin));
        all.add(doubleFn("cos", Math::cos));
        all.add(doubleFn("tan", Math::tan));
        all.add(doubleFn("cot", x -> 1 / Math.tan(x)));
        all.add(doubleFn("asin", Math::asin));
        all.add(doubleFn("acos", Math::acos));
        all.add(doubleFn("atan", Math::atan));
        all.add(doubleFn("sqrt", Math::sqrt));
        all.add(doubleFn("cbrt", Math::cbrt));
        all.add(doubleFn("ln", Math::log));
        all.add(doubleFn("log,log10", Math::log10));
        all.add(doubleFn("log2", x -> Math.log(x) / Math.log(2)));
        all.add(doubleFn("degrees", Math::toDegrees));
        all.add(doubleFn("radians", Math::toRadians));
        all.add(doubleFn("gamma", x -> Math.exp(lgamma(x))));
        all.add(doubleFn("lgamma", NumericFunctions::lgamma));
        all.add(doubleFn("exp", Math::exp));
        all.add(doubleFn("even", x -> {
            double rounded = x >= 0 ? Math.ceil(x) : Math.floor(x);
            return rounded % 2 == 0 ? rounded : rounded + Math.signum(x == 0 ? 1 : x);
        }));
        all.add(doubleFn2("atan2", Math::atan2));
        all.add(doubleFn2("pow,power", Math::pow));
        all.add(fn("pi", args(LogicalType.DOUBLE), a -> Math.PI));
        all.add(fn("ceil,ceiling", args(NumericFunctions::sameOrDouble, NUMBER),
                a -> rounding(a[0], Math::ceil, RoundingMode.CEILING)));
        all.add(fn("floor", args(NumericFunctions::sameOrDouble, NUMBER),
                a -> rounding(a[0], Math::floor, RoundingMode.FLOOR)));
        all.add(fn("round", args(LogicalType.DOUBLE, NUMBER, INTEGER), a -> round(toDouble(a[0]), toLong(a[1]))));
        all.add(fn("round", args(LogicalType.DOUBLE, NUMBER), a -> round(toDouble(a[0]), 0)));
        all.add(fn("sign", args(LogicalType.INT64, NUMBER), a -> (long) Math.signum(toDouble(a[0]))));
        all.add(fn("factorial", args(LogicalType.INT64, INTEGER), a -> factorial(toLong(a[0]))));
        all.add(fn("gcd", args(LogicalType.INT64, INTEGER, INTEGER),
                a -> BigInteger.valueOf(toLong(a[0])).gcd(BigInteger.valueOf(toLong(a[1]))).longValue()));
        all.add(fn("lcm", args(LogicalType.INT64, INTEGER, INTEGER), a -> lcm(toLong(a[0]), toLong(a[1]))));
        all.add(fn("bitwise_xor", args(LogicalType.INT64, INTEGER, INTEGER), a -> toLong(a[0]) ^ toLong(a[1])));
        all.add(fn("bitwise_and", args(LogicalType.INT64, INTEGER, INTEGER), a -> toLong(a[0]) & toLong(a[1])));
        all.add(fn("bitwise_or", args(LogicalType.INT64, INTEGER, INTEGER), a -> toLong(a[0]) | toLong(a[1])));
        all.add(fn("bitshift_left", args(LogicalType.INT64, INTEGER, INTEGER), a -> toLong(a[0]) << toLong(a[1])));
        all.add(fn("bitshift_right", args(LogicalType.INT64, INTEGER, INTEGER), a -> toLong(a[0]) >> toLong(a[1])));
        all.add(fn("negate", args(NumericFunctions::sameOrDouble, NUMBER), a -> negate(a[0])));
        all.add(fn("abs", args(NumericFunctions::sameOrDouble, NUMBER), a -> abs(a[0])));
        return all;
    }

    private static Fn doubleFn(String names, DoubleUnaryOperator op) {
        return fn(names, args(LogicalType.DOUBLE, NUMBER), a -> op.applyAsDouble(toDouble(a[0])));
    }

    private static Fn doubleFn2(String names, DoubleBinaryOperator op) {
        return fn(names, args(LogicalType.DOUBLE, NUMBER, NUMBER),
                a -> op.applyAsDouble(toDouble(a[0]), toDouble(a[1])));
    }

    /** The argument's type (a null literal's result is a DOUBLE). */
    private static LogicalType sameOrDouble(List<LogicalType> types) {
        return types.get(0).id() == TypeId.ANY ? LogicalType.DOUBLE : types.get(0);
    }

    static double toDouble(Object value) {
        return ((Number) value).doubleValue();
    }

    static long toLong(Object value) {
        return ((Number) value).longValue();
    }

    private static Object rounding(Object value, DoubleUnaryOperator op, RoundingMode mode) {
        if (value instanceof Double d) {
            return op.applyAsDouble(d);
        }
        if (value instanceof Float f) {
            return (float) op.applyAsDouble(f);
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(0, mode).setScale(d.scale());
        }
        return value;
    }

    private static double round(double value, long digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new BigDecimal(Double.toString(value)).setScale((int) digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static long factorial(long n) {
        long result = 1;
        for (long i = 2; i <= n; i++) {
            result = Math.multiplyExact(result, i);
        }
        return result;
    }

    private static long lcm(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        long gcd = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue();
        return Math.abs(Math.multiplyExact(a / gcd, b));
    }

    private static Object negate(Object value) {
        if (value instanceof Long l) {
            return Math.negateExact(l);
        }
        if (value instanceof Double d) {
            return -d;
        }
        if (value instanceof Float f) {
            return -f;
        }
        if (value instanceof BigDecimal d) {
            return d.negate();
        }
        if (value instanceof BigInteger i) {
            return i.negate();
        }
        throw KuzuException.runtime("Cannot negate " + value);
    }

    static Object abs(Object value) {
        if (value instanceof Long l) {
            return Math.abs(l);
        }
        if (value instanceof Integer i) {
            return Math.abs(i);
        }
        if (value instanceof Double d) {
            return Math.abs(d);
        }
        if (value instanceof Float f) {
            return Math.abs(f);
        }
        if (value instanceof BigDecimal d) {
            return d.abs();
        }
        if (value instanceof BigInteger i) {
            return i.abs();
        }
        return value;
    }

    /** The natural logarithm of the gamma function (Lanczos approximation). */
    private static double lgamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
