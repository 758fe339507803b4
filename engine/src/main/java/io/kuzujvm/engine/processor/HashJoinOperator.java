package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inner equi-join: materializes the build side in a hash table keyed by its key columns,
 * then streams the probe side. Output: probe columns, then build columns. Null keys never
 * match. With no keys it is a cross product.
 */
public final class HashJoinOperator implements PhysicalOperator {

    private PhysicalOperator probe;
    /** Run the probe side to its end before building: it writes what the build side reads. */
    private final boolean probeFirst;
    private final PhysicalOperator build;
    private final int[] probeKeys;
    private final int[] buildKeys;
    private final List<LogicalType> outputTypes = new ArrayList<>();
    private final int probeWidth;
    private final boolean keepUnmatched;

    private Map<List<Object>, List<Object[]>> table;
    private DataChunk input;
    private int[] inputPositions;
    private int nextInput;
    private List<Object[]> matches = List.of();
    private int nextMatch;
    private int matchPos;

    public HashJoinOperator(PhysicalOperator probe, PhysicalOperator build, int[] probeKeys, int[] buildKeys) {
        this(probe, build, probeKeys, buildKeys, false, false);
    }

    /**
     * With {@code keepUnmatched} (a left join), a probe row without a match is emitted once with
     * null build columns. With {@code probeFirst}, the probe side runs to its end before the build
     * side starts (the probe side updates the graph the build side then reads).
     */
    public HashJoinOperator(PhysicalOperator probe, PhysicalOperator build, int[] probeKeys, int[] buildKeys,
                            boolean keepUnmatched, boolean probeFirst) {
        this.keepUnmatched = keepUnmatched;
        this.probeFirst = probeFirst;
        this.probe = probe;
        this.build = build;
        this.probeKeys = probeKeys.clone();
        this.buildKeys = buildKeys.clone();
        this.probeWidth = probe.outputTypes().size();
        outputTypes.addAll(probe.outputTypes());
        outputTypes.addAll(build.outputTypes());
    }

    @Override
    public DataChunk next() {
        if (table == null) {
            if (probeFirst) {
                probe = ValuesOperator.drain(probe, "Drained");
            }
            table = buildTable();
        }
        DataChunk output = DataChunk.allocate(outputTypes, DataChunk.CAPACITY);
        int rows = 0;
        while (rows < DataChunk.CAPACITY) {
            if (nextMatch < matches.size()) {
                Object[] row = matches.get(nextMatch++);
                for (int c = 0; c < probeWidth; c++) {
                    output.vector(c).copyFrom(input.vector(c), matchPos, rows);
                }
                for (int c = 0; c < row.length; c++) {
                    output.vector(probeWidth + c).setValue(rows, row[c]);
                }
                rows++;
                continue;
            }
            if (!advanceProbe()) {
                break;
            }
        }
        if (rows == 0) {
            return null;
        }
        output.setDense(rows);
        return output;
    }

    private boolean advanceProbe() {
        while (input == null || nextInput >= inputPositions.length) {
            input = probe.next();
            if (input == null) {
                return false;
            }
            inputPositions = input.selection().toArray();
            nextInput = 0;
        }
        matchPos = inputPositions[nextInput++];
        List<Object> key = key(input, probeKeys, matchPos);
        matches = key == null ? List.of() : table.getOrDefault(key, List.of());
        if (matches.isEmpty() && keepUnmatched) {
            matches = List.<Object[]>of(new Object[build.outputTypes().size()]);
        }
        nextMatch = 0;
        return true;
    }

    private Map<List<Object>, List<Object[]>> buildTable() {
        Map<List<Object>, List<Object[]>> hashTable = new HashMap<>();
        int width = build.outputTypes().size();
        DataChunk chunk;
        while ((chunk = build.next()) != null) {
            for (int pos : chunk.selection().toArray()) {
                List<Object> key = key(chunk, buildKeys, pos);
                if (key == null) {
                    continue;
                }
                Object[] row = new Object[width];
                for (int c = 0; c < width; c++) {
                    row[c] = chunk.vector(c).getValue(pos);
                }
                hashTable.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        return hashTable;
    }

    /** The key of a row, or null when a key column is null. */
    private static List<Object> key(DataChunk chunk, int[] columns, int pos) {
        Object[] key = new Object[columns.length];
        for (int k = 0; k < columns.length; k++) {
            key[k] = chunk.vector(columns[k]).getValue(pos);
            if (key[k] == null) {
                return null;
            }
        }
        return Arrays.asList(key);
    }

    @Override
    public List<LogicalType> outputTypes() {
        return outputTypes;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(probe, build);
    }

    @Override
    public String describe() {
        return (keepUnmatched ? "HashLeftJoin" : "HashJoin") + "(probe keys=" + Arrays.toString(probeKeys) + ", build keys=" + Arrays.toString(buildKeys) + ")";
    }
}
