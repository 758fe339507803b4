package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.PhysicalType;
import io.kuzujvm.engine.types.ValueComparator;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/**
 * =, <>, <, <=, >, >= with null in, null out. Integers compare as longs, mixed numbers as
 * doubles, everything else (BigInteger, BigDecimal, temporal values, intervals, UUIDs,
 * blobs, lists, structs) by {@link ValueComparator}.
 */
public final class ComparisonEvaluator implements ExpressionEvaluator {

    /** The comparison operators. */
    public enum Operator {
        EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL;

        boolean test(int comparison) {
            return switch (this) {
                case EQUALS -> comparison == 0;
                case NOT_EQUALS -> comparison != 0;
                case LESS_THAN -> comparison < 0;
                case LESS_THAN_OR_EQUAL -> comparison <= 0;
                case GREATER_THAN -> comparison > 0;
                case GREATER_THAN_OR_EQUAL -> comparison >= 0;
            };
        }
    }

    private final Operator operator;
    private final ExpressionEvaluator left;
    private final ExpressionEvaluator right;

    public ComparisonEvaluator(Operator operator, ExpressionEvaluator left, ExpressionEvaluator right) {
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector l = left.evaluate(input);
        ValueVector r = right.evaluate(input);
        ValueVector result = new ValueVector(LogicalType.BOOL, Math.max(1, input.numRows()));
        PhysicalType lp = l.type().physicalType();
        PhysicalType rp = r.type().physicalType();
        input.selection().forEach(pos -> {
            if (l.isNull(pos) || r.isNull(pos)) {
                result.setNull(pos, true);
            } else {
                result.setBool(pos, operator.test(compare(l, lp, r, rp, pos)));
            }
        });
        return result;
    }

    private static int compare(ValueVector l, PhysicalType lp, ValueVector r, PhysicalType rp, int pos) {
        if (lp == PhysicalType.LONG && rp == PhysicalType.LONG) {
            return Long.compare(l.getLong(pos), r.getLong(pos));
        }
        if (isNumber(lp) && isNumber(rp)) {
            return Double.compare(asDouble(l, lp, pos), asDouble(r, rp, pos));
        }
        if (lp == PhysicalType.BOOL && rp == PhysicalType.BOOL) {
            return Boolean.compare(l.getBool(pos), r.getBool(pos));
        }
        return ValueComparator.compare(l.getValue(pos), r.getValue(pos));
    }

    private static boolean isNumber(PhysicalType type) {
        return type == PhysicalType.LONG || type == PhysicalType.DOUBLE;
    }

    private static double asDouble(ValueVector vector, PhysicalType type, int pos) {
        return type == PhysicalType.LONG ? vector.getLong(pos) : vector.getDouble(pos);
    }

    @Override
    public LogicalType type() {
        return LogicalType.BOOL;
    }
}
