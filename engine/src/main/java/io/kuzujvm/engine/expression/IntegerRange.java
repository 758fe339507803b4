package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;

/** Range checks for the integer types held in a long. */
final class IntegerRange {

    private IntegerRange() {
    }

    /** Returns the value if it fits the integer type, else raises Kùzu's overflow error. */
    static long check(long value, LogicalType type) {
        long min;
        long max;
        switch (type.id()) {
            case INT8 -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case INT16 -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case INT32 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case UINT8 -> { min = 0; max = 255; }
            case UINT16 -> { min = 0; max = 65535; }
            case UINT32 -> { min = 0; max = 4294967295L; }
            default -> { return value; }
        }
        if (value < min || value > max) {
            throw KuzuException.runtime("Overflow exception: Value " + value + " is not within " + type + " range.");
        }
        return value;
    }
}
