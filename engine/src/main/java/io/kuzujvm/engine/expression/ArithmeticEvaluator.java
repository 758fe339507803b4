package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.IntegerBounds;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.PhysicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

/** +, -, *, /, % over integers (exact, overflow is an error) or floating point. */
public final class ArithmeticEvaluator implements ExpressionEvaluator {

    /** The arithmetic operators. */
    public enum Operator { ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO }

    private final Operator operator;
    private final ExpressionEvaluator left;
    private final ExpressionEvaluator right;
    private final LogicalType type;

    public ArithmeticEvaluator(Operator operator, ExpressionEvaluator left, ExpressionEvaluator right,
                               LogicalType type) {
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.type = type;
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector l = left.evaluate(input);
        ValueVector r = right.evaluate(input);
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        boolean integral = type.physicalType() == PhysicalType.LONG;
        input.selection().forEach(pos -> {
            if (l.isNull(pos) || r.isNull(pos)) {
                result.setNull(pos, true);
            } else if (integral) {
                long value = applyLong(l.getLong(pos), r.getLong(pos));
                if (!IntegerBounds.containsLong(type, value)) {
                    throw KuzuException.overflow("Value " + value + " is not within " + type + " range.");
                }
                result.setLong(pos, value);
            } else {
                result.setDouble(pos, applyDouble(asDouble(l, pos), asDouble(r, pos)));
            }
        });
        return result;
    }

    private long applyLong(long a, long b) {
        try {
            return switch (operator) {
                case ADD -> Math.addExact(a, b);
                case SUBTRACT -> Math.subtractExact(a, b);
                case MULTIPLY -> Math.multiplyExact(a, b);
                case DIVIDE -> a / b;
                case MODULO -> a % b;
            };
        } catch (ArithmeticException e) {
            if (b == 0 && (operator == Operator.DIVIDE || operator == Operator.MODULO)) {
                throw KuzuException.runtime("Divide by zero.");
            }
            throw KuzuException.runtime("Overflow exception: Value out of range.");
        }
    }

    private double applyDouble(double a, double b) {
        return switch (operator) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case MODULO -> a % b;
        };
    }

    private static double asDouble(ValueVector vector, int pos) {
        return vector.type().physicalType() == PhysicalType.LONG ? vector.getLong(pos) : vector.getDouble(pos);
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
