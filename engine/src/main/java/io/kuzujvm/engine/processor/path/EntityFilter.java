package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The predicate of a recursive pattern on its intermediate nodes or on its rels,
 * {@code (r, n | WHERE ...)}, over a row of one node or rel: its id, then its properties in
 * table order. Each id is tested once (many paths share them).
 */
public final class EntityFilter implements LongPredicate {

    /** Reads the properties of one node or rel into position 0 of the vectors, in table order. */
    @FunctionalInterface
    private interface PropertyReader {
        void read(long id, ValueVector[] properties);
    }

    private final List<LogicalType> rowTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID));
    private final PropertyReader reader;
    private final ExpressionEvaluator predicate;
    private final Map<Long, Boolean> results = new HashMap<>();

    private EntityFilter(List<Property> properties, PropertyReader reader, ExpressionEvaluator predicate) {
        properties.forEach(property -> rowTypes.add(property.type()));
        this.reader = reader;
        this.predicate = predicate;
    }

    public static EntityFilter ofNodes(NodeTable table, ExpressionEvaluator predicate) {
        int[] all = java.util.stream.IntStream.range(0, table.entry().properties().size()).toArray();
        return new EntityFilter(table.entry().properties(), (offset, properties) -> {
            ValueVector offsets = new ValueVector(LogicalType.INTERNAL_ID, 1);
            offsets.setLong(0, offset);
            table.gather(all, offsets, new int[] {0}, 1, properties);
        }, predicate);
    }

    public static EntityFilter ofRels(RelTable table, ExpressionEvaluator predicate) {
        return new EntityFilter(table.entry().properties(), (id, properties) -> {
            for (int p = 0; p < properties.length; p++) {
                table.readProperty(p, id, properties[p], 0);
            }
        }, predicate);
    }

    @Override
    public boolean test(long id) {
        return results.computeIfAbsent(id, this::evaluate);
    }

    private boolean evaluate(long id) {
        DataChunk row = DataChunk.allocate(rowTypes, 1);
        row.vector(0).setLong(0, id);
        ValueVector[] properties = new ValueVector[rowTypes.size() - 1];
        for (int p = 0; p < properties.length; p++) {
            properties[p] = row.vector(p + 1);
        }
        reader.read(id, properties);
        row.setDense(1);
        ValueVector result = predicate.evaluate(row);
        return !result.isNull(0) && result.getBool(0);
    }
}
