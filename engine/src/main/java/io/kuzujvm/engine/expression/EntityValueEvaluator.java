package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.InternalId;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a NODE or REL value (a {@link StructValue} with Kùzu's internal fields such as
 * _ID and _LABEL first, then the properties), or a STRUCT literal, from the columns that
 * hold its parts.
 */
public final class EntityValueEvaluator implements ExpressionEvaluator {

    /** Where one field of the value comes from. */
    public sealed interface Field {
        String name();
    }

    /** A value fixed by the plan (the label). */
    public record ConstantField(String name, Object value) implements Field {
    }

    /**
     * An offset column turned into an internal id of a table; with table id -1 the column holds
     * ids packed with their table ({@link InternalId#packed}), as it does for a variable over
     * several tables.
     */
    public record IdField(String name, long tableId, ExpressionEvaluator offset) implements Field {
    }

    /**
     * A field that only rows of one table have (the label and properties of a variable over
     * several tables); a row's table is that of its packed {@code _ID}.
     */
    public record TableField(long table, Field field) implements Field {
        @Override
        public String name() {
            return field.name();
        }
    }

    /** A column as it is (a property). */
    public record ValueField(String name, ExpressionEvaluator value) implements Field {
    }

    private final LogicalType type;
    private final List<Field> fields;

    public EntityValueEvaluator(LogicalType type, List<Field> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        List<ValueVector> columns = new ArrayList<>();
        int packedId = -1;
        for (int f = 0; f < fields.size(); f++) {
            Field field = unwrapped(fields.get(f));
            columns.add(field instanceof IdField id ? id.offset().evaluate(input)
                    : field instanceof ValueField value ? value.value().evaluate(input) : null);
            if (field instanceof IdField id && id.tableId() < 0 && id.name().equals("_ID")) {
                packedId = f;
            }
        }
        List<String> allNames = fields.stream().map(Field::name).toList();
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        int rowTableField = packedId;
        input.selection().forEach(pos -> {
            long rowTable = rowTableField < 0 || columns.get(rowTableField).isNull(pos) ? -1
                    : InternalId.unpack(columns.get(rowTableField).getLong(pos)).tableId();
            List<String> names = rowTableField < 0 ? allNames : new ArrayList<>();
            List<Object> values = new ArrayList<>(fields.size());
            for (int f = 0; f < fields.size(); f++) {
                if (fields.get(f) instanceof TableField owned) {
                    if (owned.table() != rowTable) {
                        continue;
                    }
                }
                if (rowTableField >= 0) {
                    names.add(allNames.get(f));
                }
                values.add(value(unwrapped(fields.get(f)), columns.get(f), pos));
            }
            // An entity whose id is null (no match) is itself null.
            boolean missing = fields.get(0) instanceof IdField && values.get(0) == null;
            result.setObject(pos, missing ? null : new StructValue(names, values));
        });
        return result;
    }

    private static Field unwrapped(Field field) {
        return field instanceof TableField owned ? owned.field() : field;
    }

    private static Object value(Field field, ValueVector column, int pos) {
        if (field instanceof ConstantField constant) {
            return constant.value();
        }
        if (field instanceof IdField id) {
            if (column.isNull(pos)) {
                return null;
            }
            return id.tableId() < 0 ? InternalId.unpack(column.getLong(pos)) : new InternalId(id.tableId(), column.getLong(pos));
        }
        return column.getValue(pos);
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
