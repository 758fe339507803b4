package io.kuzujvm.engine.processor.path;

import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.storage.NodeTable;
import io.kuzujvm.engine.storage.RelTable;
import io.kuzujvm.engine.types.InternalId;
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
 * {@code (r, n | WHERE ...)}, over a row of one node or rel: its id as the search names it, then
 * the properties of a {@link PropertyUnion}, each read from the entity's own table (null where
 * that table lacks it). Each id is tested once (many paths share them).
 */
public final class EntityFilter implements LongPredicate {

    /** Reads the properties of one node or rel into position 0 of the vectors (left null where absent). */
    @FunctionalInterface
    private interface PropertyReader {
        void read(long id, ValueVector[] properties);
    }

    private final List<LogicalType> rowTypes = new ArrayList<>(List.of(LogicalType.INTERNAL_ID));
    private final PropertyReader reader;
    private final ExpressionEvaluator predicate;
    private final Map<Long, Boolean> results = new HashMap<>();

    private EntityFilter(PropertyUnion properties, PropertyReader reader, ExpressionEvaluator predicate) {
        rowTypes.addAll(properties.types());
        this.reader = reader;
        this.predicate = predicate;
    }

    public static EntityFilter ofNodes(TableIds<NodeTable> ids, PropertyUnion properties,
                                       ExpressionEvaluator predicate) {
        Map<Long, int[]> columnsByTable = new HashMap<>();
        return new EntityFilter(properties, (id, targets) -> {
            InternalId node = ids.id(id);
            NodeTable table = ids.table(node);
            int[] columns = columnsByTable.computeIfAbsent(node.tableId(), t -> properties.indexesIn(table.entry()));
            ValueVector offsets = new ValueVector(LogicalType.INTERNAL_ID, 1);
            offsets.setLong(0, node.offset());
            for (int p = 0; p < columns.length; p++) {
                if (columns[p] >= 0) {
                    table.gather(new int[] {columns[p]}, offsets, new int[] {0}, 1, new ValueVector[] {targets[p]});
                }
            }
        }, predicate);
    }

    public static EntityFilter ofRels(TableIds<RelTable> ids, PropertyUnion properties, ExpressionEvaluator predicate) {
        Map<Long, int[]> columnsByTable = new HashMap<>();
        return new EntityFilter(properties, (id, targets) -> {
            InternalId rel = ids.id(id);
            RelTable table = ids.table(rel);
            int[] columns = columnsByTable.computeIfAbsent(rel.tableId(), t -> properties.indexesIn(table.entry()));
            for (int p = 0; p < columns.length; p++) {
                if (columns[p] >= 0) {
                    table.readProperty(columns[p], rel.offset(), targets[p], 0);
                }
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
            properties[p].setNull(0, true);
        }
        reader.read(id, properties);
        row.setDense(1);
        ValueVector result = predicate.evaluate(row);
        return !result.isNull(0) && result.getBool(0);
    }
}
