package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Converts values to another type; a value that does not convert is a conversion error. */
public record CastEvaluator(ExpressionEvaluator operand, LogicalType type) implements ExpressionEvaluator {

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector source = operand.evaluate(input);
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            if (source.isNull(pos)) {
                result.setNull(pos, true);
            } else {
                result.setValue(pos, convert(source.getValue(pos), source.type()));
            }
        });
        return result;
    }

    private Object convert(Object value, LogicalType from) {
        if (type.id() == TypeId.STRING) {
            return value instanceof String ? value : ValueFormatter.format(value, from);
        }
        return switch (type.physicalType()) {
            case LONG -> IntegerRange.check(toLong(value), type);
            case DOUBLE -> value instanceof Number n ? n.doubleValue() : parseDouble(value);
            case BOOL -> value instanceof Boolean ? value : parseBool(value);
            case OBJECT -> convertObject(value);
        };
    }

    private long toLong(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Math.round(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw conversionError(value);
        }
    }

    private double parseDouble(Object value) {
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw conversionError(value);
        }
    }

    private boolean parseBool(Object value) {
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw conversionError(value);
    }

    private Object convertObject(Object value) {
        try {
            return switch (type.id()) {
                case DATE -> value instanceof LocalDate ? value : LocalDate.parse(value.toString().trim());
                case TIMESTAMP -> value instanceof LocalDateTime ? value
                        : LocalDateTime.parse(value.toString().trim().replace(' ', 'T'));
                case UUID -> value instanceof UUID ? value : UUID.fromString(value.toString().trim());
                default -> value;
            };
        } catch (RuntimeException e) {
            throw conversionError(value);
        }
    }

    private KuzuException conversionError(Object value) {
        return new KuzuException(KuzuException.Kind.RUNTIME, "22018",
                "Conversion exception: Cast failed. Could not convert \"" + value + "\" to " + type + ".", null);
    }
}
