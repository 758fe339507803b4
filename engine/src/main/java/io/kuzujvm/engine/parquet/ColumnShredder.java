package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;

import java.util.List;

/**
 * Splits values of a nested field into its primitive columns: per entry a repetition level, a
 * definition level and, for present values, the encoded value (the inverse of {@link RecordAssembler}).
 */
final class ColumnShredder {

    private final LeafBuffer[] buffers;

    /** {@code buffers} by column index. */
    ColumnShredder(LeafBuffer[] buffers) {
        this.buffers = buffers;
    }

    void write(ParquetField field, Object value, int rep) {
        if (field instanceof ParquetField.Leaf leaf) {
            if (value == null) {
                buffers[leaf.column()].add(rep, leaf.maxDef() - 1, null);
            } else {
                buffers[leaf.column()].add(rep, leaf.maxDef(), value);
            }
        } else if (field instanceof ParquetField.Struct struct) {
            if (value == null) {
                writeNull(field, rep, struct.def() - 1);
                return;
            }
            List<Object> values = ((StructValue) value).values();
            for (int i = 0; i < struct.children().size(); i++) {
                write(struct.children().get(i), values.get(i), rep);
            }
        } else {
            ParquetField.Repeated repeated = (ParquetField.Repeated) field;
            if (value == null) {
                // The optional LIST / MAP group around the repeated one is missing.
                writeNull(field, rep, repeated.def() - 2);
                return;
            }
            List<?> elements = value instanceof MapValue map ? ParquetSchemaBuilder.mapEntries(map) : (List<?>) value;
            if (elements.isEmpty()) {
                writeNull(field, rep, repeated.def() - 1);
                return;
            }
            for (int i = 0; i < elements.size(); i++) {
                write(repeated.element(), elements.get(i), i == 0 ? rep : repeated.rep());
            }
        }
    }

    /** One entry without a value in each column under a null or empty node. */
    private void writeNull(ParquetField field, int rep, int def) {
        field.leaves().forEach(leaf -> buffers[leaf.column()].add(rep, def, null));
    }
}
