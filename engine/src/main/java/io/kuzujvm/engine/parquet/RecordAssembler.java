package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the values of a (possibly nested) field from its columns' levels: one value per row,
 * the columns under a node all read in step.
 */
final class RecordAssembler {

    private final LeafData[] leaves;

    /** {@code leaves} by column index. */
    RecordAssembler(LeafData[] leaves) {
        this.leaves = leaves;
    }

    Object read(ParquetField field) {
        LeafData first = leaves[field.firstLeaf().column()];
        if (field instanceof ParquetField.Leaf leaf) {
            return leaves[leaf.column()].take();
        }
        if (field instanceof ParquetField.Struct struct) {
            if (struct.nullable() && first.peekDef() < struct.def()) {
                skip(field);
                return null;
            }
            List<Object> values = new ArrayList<>(struct.children().size());
            for (ParquetField child : struct.children()) {
                values.add(read(child));
            }
            return new StructValue(struct.names(), values);
        }
        ParquetField.Repeated repeated = (ParquetField.Repeated) field;
        int def = first.peekDef();
        if (def < repeated.def()) {
            skip(field);
            return def < repeated.def() - 1 ? null : repeated.map() ? new MapValue(List.of(), List.of()) : List.of();
        }
        List<Object> elements = new ArrayList<>();
        do {
            elements.add(read(repeated.element()));
        } while (first.peekRep() >= repeated.rep());
        return repeated.map() ? toMap(elements) : elements;
    }

    /** Takes the single entry that each column under a null or empty node has. */
    private void skip(ParquetField field) {
        field.leaves().forEach(leaf -> leaves[leaf.column()].take());
    }

    private static MapValue toMap(List<Object> entries) {
        List<Object> keys = new ArrayList<>(entries.size());
        List<Object> values = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            StructValue pair = (StructValue) entry;
            keys.add(pair.values().get(0));
            values.add(pair.values().get(1));
        }
        return new MapValue(keys, values);
    }
}
