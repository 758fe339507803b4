package io.kuzujvm.engine.expression;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a named path, a RECURSIVE_REL value {@code {_NODES: [...], _RELS: [...]}}, from its
 * parts in path order: NODE and REL values, and the RECURSIVE_REL values of variable-length rels
 * (whose nodes and rels go in between). A path with a missing part (OPTIONAL MATCH) is null.
 */
public final class PathValueEvaluator implements ExpressionEvaluator {

    private final LogicalType type;
    private final List<ExpressionEvaluator> parts;

    public PathValueEvaluator(LogicalType type, List<ExpressionEvaluator> parts) {
        this.type = type;
        this.parts = List.copyOf(parts);
    }

    @Override
    public ValueVector evaluate(DataChunk input) {
        List<ValueVector> columns = parts.stream().map(part -> part.evaluate(input)).toList();
        ValueVector result = new ValueVector(type, Math.max(1, input.numRows()));
        input.selection().forEach(pos -> result.setObject(pos, path(columns, pos)));
        return result;
    }

    private StructValue path(List<ValueVector> columns, int pos) {
        List<Object> nodes = new ArrayList<>();
        List<Object> rels = new ArrayList<>();
        boolean sameNodeAgain = false;
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).getValue(pos);
            if (value == null) {
                return null;
            }
            TypeId kind = parts.get(i).type().id();
            if (kind == TypeId.NODE && !sameNodeAgain) {
                nodes.add(value);
            } else if (kind == TypeId.REL) {
                rels.add(value);
            } else if (kind == TypeId.RECURSIVE_REL) {
                StructValue recursive = (StructValue) value;
                nodes.addAll((List<?>) recursive.values().get(0));
                List<?> recursiveRels = (List<?>) recursive.values().get(1);
                rels.addAll(recursiveRels);
                // A path of no rels ends where it starts: that node is in the path once.
                sameNodeAgain = recursiveRels.isEmpty();
                continue;
            }
            sameNodeAgain = false;
        }
        return new StructValue(List.of("_NODES", "_RELS"), List.of(nodes, rels));
    }

    @Override
    public LogicalType type() {
        return type;
    }
}
