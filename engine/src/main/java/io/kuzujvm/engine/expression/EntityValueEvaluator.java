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

    /** An offset column turned into an internal id of a table. */
    public record IdField(String name, long tableId, ExpressionEvaluator offset) implements Field {
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
        for (Field field : fields) {
            if (field instanceof IdField id) {
                columns.add(id.offset().evaluate(input));
            } else if (field instanceof ValueField value) {
                columns.add(value.value().evaluate(input));
            } else {
                columns.add(null);
            }
        }
        List<String> names = fields.stream().map(Field::name).toList();
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> {
            List<Object> values = new ArrayList<>(fields.size());
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                if (field instanceof ConstantField constant) {
                    values.add(constant.value());
                } else if (field instanceof IdField id) {
                    values.add(columns.get(f).isNull(pos) ? null : new InternalId(id.tableId(), columns.get(f).getLong(pos)));
                } else {
                    values.add(columns.get(f).getValue(pos));
                }
            }
            // An entity whose id is null (no match) is itself null.
            boolean missing = fields.get(0) instanceof IdField && values.get(0) == null;
            result.setObject(pos, missing ? null : new StructValue(names, values));
        });
        return result;
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
