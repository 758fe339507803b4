package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * SET: per chunk, each assignment in order computes its values, writes them to the entities
 * whose ids are in its id column (rows with a null id are skipped: an OPTIONAL MATCH that found
 * nothing), and puts them into the row's copy of the property so later clauses read them.
 */
public final class SetPropertiesOperator extends RowPreservingOperator {

    /** Writes one property of one node or rel (a writer's {@code NodeTable.update} or {@code RelTable.update}). */
    @FunctionalInterface
    public interface PropertyWriter {
        void write(int property, long id, ValueVector values, int pos);
    }

    /**
     * {@code property := value} of the entity in {@code idColumn}, in the rows where
     * {@code condition} holds (null: all); its copy in the row is {@code propertyColumn} (or -1).
     * With {@code packedTable} not -1 the ids are packed with their table and only rows of that
     * table are written.
     */
    public record Assignment(PropertyWriter writer, String name, int idColumn, int property, int propertyColumn,
                             ExpressionEvaluator value, ExpressionEvaluator condition, long packedTable) {
    }

    private final List<Assignment> assignments;

    public SetPropertiesOperator(PhysicalOperator child, List<Assignment> assignments) {
        super(child);
        this.assignments = List.copyOf(assignments);
    }

    /**
     * Values are computed assignment by assignment (a later one reads what an earlier one put in
     * the row); the writes go row by row, each row's assignments in order, so that when several
     * rows write one entity the last row wins.
     */
    @Override
    public DataChunk next() {
        DataChunk chunk = child.next();
        if (chunk == null) {
            return null;
        }
        ValueVector[] vectors = new ValueVector[chunk.numColumns()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = chunk.vector(c);
        }
        int[] positions = chunk.selection().toArray();
        ValueVector[] values = new ValueVector[assignments.size()];
        long[][] ids = new long[assignments.size()][];
        for (int a = 0; a < assignments.size(); a++) {
            Assignment assignment = assignments.get(a);
            DataChunk current = new DataChunk(vectors, chunk.numRows(), chunk.selection());
            values[a] = assignment.value().evaluate(current);
            ids[a] = targets(assignment, current, positions);
            if (assignment.propertyColumn() >= 0) {
                // A fresh vector: the input's may be shared with rows other operators still hold.
                ValueVector old = vectors[assignment.propertyColumn()];
                ValueVector rowCopy = new ValueVector(old.type(), Math.max(1, chunk.numRows()));
                rowCopy.copyRange(old, 0, 0, chunk.numRows());
                for (int i = 0; i < positions.length; i++) {
                    if (ids[a][i] >= 0) {
                        rowCopy.copyFrom(values[a], positions[i], positions[i]);
                    }
                }
                vectors[assignment.propertyColumn()] = rowCopy;
            }
        }
        for (int i = 0; i < positions.length; i++) {
            for (int a = 0; a < assignments.size(); a++) {
                if (ids[a][i] >= 0) {
                    Assignment assignment = assignments.get(a);
                    assignment.writer().write(assignment.property(), ids[a][i], values[a], positions[i]);
                }
            }
        }
        return new DataChunk(vectors, chunk.numRows(), chunk.selection());
    }

    /** Per selected row, the offset the assignment writes, or -1 (null id, other table, condition false). */
    private static long[] targets(Assignment assignment, DataChunk chunk, int[] positions) {
        ValueVector holds = assignment.condition() == null ? null : assignment.condition().evaluate(chunk);
        ValueVector idColumn = chunk.vector(assignment.idColumn());
        long[] targets = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int pos = positions[i];
            boolean written = !idColumn.isNull(pos) && (holds == null || !holds.isNull(pos) && holds.getBool(pos));
            targets[i] = written ? EntityIds.offsetIn(idColumn.getLong(pos), assignment.packedTable()) : -1;
        }
        return targets;
    }



    @Override
    public String describe() {
        return "SetProperties(" + assignments.stream()
                .map(a -> a.name() + (a.condition() == null ? "" : " (conditional)")).toList() + ")";
    }
}
