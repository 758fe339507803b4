package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups its input by key columns and computes aggregates per group. Output: the keys,
 * then one column per aggregate. With no keys there is exactly one row, also for an
 * empty input (COUNT 0, the others null).
 */
public final class HashAggregateOperator implements PhysicalOperator {

    /** One aggregate: a function over an input column (-1 for COUNT(*)). */
    public record Aggregate(AggregateFunction function, int column, LogicalType type, boolean distinct) {
    }

    private final PhysicalOperator child;
    private final int[] keyColumns;
    private final List<Aggregate> aggregates;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private ValuesOperator output;

    public HashAggregateOperator(PhysicalOperator child, int[] keyColumns, List<Aggregate> aggregates) {
        this.child = child;
        this.keyColumns = keyColumns.clone();
        this.aggregates = List.copyOf(aggregates);
        for (int key : keyColumns) {
            outputTypes.add(child.outputTypes().get(key));
        }
        aggregates.forEach(a -> outputTypes.add(a.type()));
    }

    @Override
    public DataChunk next() {
        if (output == null) {
            output = new ValuesOperator(outputTypes, aggregate(), "Aggregated");
        }
        return output.next();
    }

    private List<Object[]> aggregate() {
        if (keyColumns.length == 0) {
            return List.<Object[]>of(aggregateAll());
        }
        Map<List<Object>, AggregateFunction.Accumulator[]> groups = new LinkedHashMap<>();
        DataChunk chunk;
        while ((chunk = child.next()) != null) {
            DataChunk input = chunk;
            input.selection().forEach(pos -> {
                Object[] key = new Object[keyColumns.length];
                for (int k = 0; k < key.length; k++) {
                    key[k] = input.vector(keyColumns[k]).getValue(pos);
                }
                AggregateFunction.Accumulator[] states = groups.computeIfAbsent(Arrays.asList(key),
                        k -> newStates());
                for (int a = 0; a < states.length; a++) {
                    int column = aggregates.get(a).column();
                    states[a].add(column < 0 ? null : input.vector(column).getValue(pos));
                }
            });
        }
        if (groups.isEmpty() && keyColumns.length == 0) {
            groups.put(List.of(), newStates());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<List<Object>, AggregateFunction.Accumulator[]> group : groups.entrySet()) {
            Object[] row = new Object[keyColumns.length + aggregates.size()];
            for (int k = 0; k < keyColumns.length; k++) {
                row[k] = group.getKey().get(k);
            }
            for (int a = 0; a < aggregates.size(); a++) {
                row[keyColumns.length + a] = group.getValue()[a].result();
            }
            rows.add(row);
        }
        return rows;
    }

    /** Without keys: one group over the whole input; COUNT(*) adds a chunk's row count at once. */
    private Object[] aggregateAll() {
        AggregateFunction.Accumulator[] states = newStates();
        DataChunk chunk;
        while ((chunk = child.next()) != null) {
            DataChunk input = chunk;
            for (int a = 0; a < states.length; a++) {
                AggregateFunction.Accumulator state = states[a];
                int column = aggregates.get(a).column();
                if (aggregates.get(a).function() == AggregateFunction.COUNT_STAR) {
                    state.addCount(input.selection().count());
                } else {
                    input.selection().forEach(pos -> state.add(input.vector(column).getValue(pos)));
                }
            }
        }
        Object[] row = new Object[states.length];
        for (int a = 0; a < states.length; a++) {
            row[a] = states[a].result();
        }
        return row;
    }

    private AggregateFunction.Accumulator[] newStates() {
        AggregateFunction.Accumulator[] states = new AggregateFunction.Accumulator[aggregates.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = aggregates.get(i).function().newAccumulator(aggregates.get(i).distinct());
        }
        return states;
    }

    @Override
    public List<LogicalType> outputTypes() {
        return outputTypes;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "HashAggregate(keys=" + Arrays.toString(keyColumns) + ", aggregates=" + aggregates + ")";
    }
}
