package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** What the MERGE operators share: their appended columns and how they compare a stored value with a given one. */
final class MergeOutput {

    private MergeOutput() {
    }

    /** The entity's id, whether it was created, then its properties in table order. */
    static List<LogicalType> types(TableEntry table) {
        List<LogicalType> types = new ArrayList<>();
        types.add(LogicalType.INTERNAL_ID);
        types.add(LogicalType.BOOL);
        for (Property property : table.properties()) {
            types.add(property.type());
        }
        return types;
    }

    static int[] all(TableEntry table) {
        return IntStream.range(0, table.properties().size()).toArray();
    }

    /** Equal non-null values: a null given value matches nothing, as in a MATCH on it. */
    static boolean sameValue(ValueVector stored, int storedPos, ValueVector given, int givenPos) {
        return !stored.isNull(storedPos) && !given.isNull(givenPos)
                && Objects.equals(stored.getValue(storedPos), given.getValue(givenPos));
    }
}
