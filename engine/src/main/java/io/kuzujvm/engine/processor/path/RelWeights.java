package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.HashMap;
import java.util.Map;

/**
 * The weights of a weighted shortest-path search: a numeric property of each rel, read from the
 * rel's own table. A rel without a weight (null, or a table without the property) is not
 * followed; a negative weight is an error, as in Kùzu.
 */
public final class RelWeights {

    private final TableIds<RelTable> ids;
    private final String property;
    /** The algorithm Kùzu names in its error for a negative weight. */
    private final String algorithm;
    private final Map<Long, Integer> columns = new HashMap<>();
    private final Map<Long, Double> weights = new HashMap<>();

    public RelWeights(TableIds<RelTable> ids, String property, String algorithm) {
        this.ids = ids;
        this.property = property;
        this.algorithm = algorithm;
    }

    /** The weight of a rel, or NaN when it has none. */
    public double of(long rel) {
        return weights.computeIfAbsent(rel, this::read);
    }

    private double read(long rel) {
        InternalId id = ids.id(rel);
        RelTable table = ids.table(id);
        int column = columns.computeIfAbsent(id.tableId(), t -> table.entry().propertyIndex(property).orElse(-1));
        if (column < 0) {
            return Double.NaN;
        }
        ValueVector value = new ValueVector(table.entry().properties().get(column).type(), 1);
        table.readProperty(column, id.offset(), value, 0);
        Object weight = value.getValue(0);
        if (weight == null) {
            return Double.NaN;
        }
        double number = ((Number) weight).doubleValue();
        if (number < 0) {
            throw KuzuException.runtime("Found negative weight " + ValueFormatter.format(weight)
                    + ". This is not a supported weight for " + algorithm);
        }
        return number;
    }
}
