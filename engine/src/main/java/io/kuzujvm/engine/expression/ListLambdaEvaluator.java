package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.Selection;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * A list function with a lambda: list_transform, list_filter, list_reduce and the list
 * predicates all/any/none/single. The lambda's body is compiled over the input's columns
 * followed by the lambda's parameters; it is evaluated once over a chunk with one row per
 * list element (list_reduce: once per position in the lists), the input columns it reads
 * repeated for each element of their row.
 */
public final class ListLambdaEvaluator implements ExpressionEvaluator {

    public enum Kind { TRANSFORM, FILTER, REDUCE, ALL, ANY, NONE, SINGLE }

    private final Kind kind;
    private final ExpressionEvaluator list;
    private final ExpressionEvaluator body;
    private final List<LogicalType> parameterTypes;
    private final int parameterOffset;
    private final int[] columnsRead;
    private final LogicalType type;

    /**
     * @param parameterOffset the body's column of the lambda's first parameter (the input's width)
     * @param columnsRead     the input columns the body reads
     */
    public ListLambdaEvaluator(Kind kind, ExpressionEvaluator list, ExpressionEvaluator body,
                               List<LogicalType> parameterTypes, int parameterOffset, int[] columnsRead,
                               LogicalType type) {
        this.kind = kind;
        this.list = list;
        this.body = body;
        this.parameterTypes = List.copyOf(parameterTypes);
        this.parameterOffset = parameterOffset;
        this.columnsRead = columnsRead.clone();
        this.type = type;
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        ValueVector lists = list.evaluate(input);
        int[] positions = input.numRows() == 0 ? new int[] {0} : input.selection().toArray();
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        if (kind == Kind.REDUCE) {
            reduce(input, lists, positions, result);
        } else {
            perElement(input, lists, positions, result);
        }
        return result;
    }

    private void perElement(DataChunk input, ValueVector lists, int[] positions, ValueVector result) {
        List<Integer> rows = new ArrayList<>();
        List<Object> elements = new ArrayList<>();
        for (int pos : positions) {
            List<?> values = (List<?>) lists.getValue(pos);
            if (values != null) {
                for (Object element : values) {
                    rows.add(pos);
                    elements.add(element);
                }
            }
        }
        ValueVector applied = apply(input, rows, List.of(elements));
        int next = 0;
        for (int pos : positions) {
            List<?> values = (List<?>) lists.getValue(pos);
            if (values == null) {
                result.setValue(pos, null);
                continue;
            }
            List<Object> kept = new ArrayList<>();
            int matches = 0;
            for (Object element : values) {
                Object value = applied.getValue(next++);
                boolean match = Boolean.TRUE.equals(value);
                matches += match ? 1 : 0;
                if (kind == Kind.TRANSFORM) {
                    kept.add(value);
                } else if (kind == Kind.FILTER && match) {
                    kept.add(element);
                }
            }
            result.setValue(pos, switch (kind) {
                case TRANSFORM, FILTER -> kept;
                case ALL -> matches == values.size();
                case ANY -> matches > 0;
                case NONE -> matches == 0;
                case SINGLE -> matches == 1;
                case REDUCE -> throw new IllegalStateException();
            });
        }
    }

    /** Folds each list from the left: the body takes the value so far and the next element. */
    private void reduce(DataChunk input, ValueVector lists, int[] positions, ValueVector result) {
        Object[] folded = new Object[result.capacity()];
        int longest = 0;
        for (int pos : positions) {
            List<?> values = (List<?>) lists.getValue(pos);
            if (values != null) {
                if (values.isEmpty()) {
                    throw KuzuException.runtime("Cannot execute list_reduce on an empty list.");
                }
                folded[pos] = values.get(0);
                longest = Math.max(longest, values.size());
            }
        }
        for (int step = 1; step < longest; step++) {
            List<Integer> rows = new ArrayList<>();
            List<Object> sofar = new ArrayList<>();
            List<Object> next = new ArrayList<>();
            for (int pos : positions) {
                List<?> values = (List<?>) lists.getValue(pos);
                if (values != null && values.size() > step) {
                    rows.add(pos);
                    sofar.add(folded[pos]);
                    next.add(values.get(step));
                }
            }
            ValueVector applied = apply(input, rows, List.of(sofar, next));
            for (int i = 0; i < rows.size(); i++) {
                folded[rows.get(i)] = applied.getValue(i);
            }
        }
        for (int pos : positions) {
            result.setValue(pos, lists.getValue(pos) == null ? null : folded[pos]);
        }
    }

    /** The body over one chunk row per entry of {@code rows}: that input row's columns and the arguments. */
    private ValueVector apply(DataChunk input, List<Integer> rows, List<List<Object>> arguments) {
        int count = rows.size();
        if (count == 0) {
            return new ValueVector(body.type(), 0);
        }
        ValueVector[] vectors = new ValueVector[parameterOffset + parameterTypes.size()];
        for (int column : columnsRead) {
            ValueVector source = input.vector(column);
            ValueVector repeated = new ValueVector(source.type(), count);
            for (int i = 0; i < count; i++) {
                repeated.copyFrom(source, rows.get(i), i);
            }
            vectors[column] = repeated;
        }
        for (int p = 0; p < parameterTypes.size(); p++) {
            ValueVector values = new ValueVector(parameterTypes.get(p), count);
            for (int i = 0; i < count; i++) {
                values.setValue(i, arguments.get(p).get(i));
            }
            vectors[parameterOffset + p] = values;
        }
        return body.evaluate(new DataChunk(vectors, count, Selection.dense(count)));
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
