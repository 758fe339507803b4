package io.kuzujvm.engine.processor;

import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.engine.vector.ValueVector;

import java.util.List;

/**
 * SET: per chunk, each assignment in order computes its values, writes them to the entities
 * whose ids are in its id column (rows with a null id are skipped: an OPTIONAL MATCH that found
 * nothing), and puts them into the row's copy of the property so later clauses read them.
 */
public final class SetPropertiesOperator implements PhysicalOperator {

    /** Writes one property of one node or rel (a writer's {@code NodeTable.update} or {@code RelTable.update}). */
    @FunctionalInterface
    public interface PropertyWriter {
        void write(int property, long id, ValueVector values, int pos);
    }

    /**
     * {@code property := value} of the entity in {@code idColumn}; its copy in the row is
     * {@code propertyColumn} (or -1). With {@code packedTable} not -1 the ids are packed with
     * their table and only rows of that table are written.
     */
    public record Assignment(PropertyWriter writer, String name, int idColumn, int property, int propertyColumn,
                             ExpressionEvaluator value, long packedTable) {
    }

    private final PhysicalOperator child;
    private final List<Assignment> assignments;
    private final ExpressionEvaluator condition;

    /** @param condition the rows to write (null: all) */
    public SetPropertiesOperator(PhysicalOperator child, List<Assignment> assignments, ExpressionEvaluator condition) {
        this.child = child;
        this.assignments = List.copyOf(assignments);
        this.condition = condition;
    }

    @Override
    public DataChunk next() {
        DataChunk chunk = child.next();
        if (chunk == null) {
            return null;
        }
        int[] positions = writtenPositions(chunk);
        ValueVector[] vectors = new ValueVector[chunk.numColumns()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = chunk.vector(c);
        }
        for (Assignment assignment : assignments) {
            DataChunk current = new DataChunk(vectors, chunk.numRows(), chunk.selection());
            ValueVector values = assignment.value().evaluate(current);
            ValueVector ids = vectors[assignment.idColumn()];
            ValueVector rowCopy = null;
            if (assignment.propertyColumn() >= 0) {
                // A fresh vector: the input's may be shared with rows other operators still hold.
                ValueVector old = vectors[assignment.propertyColumn()];
                rowCopy = new ValueVector(old.type(), Math.max(1, chunk.numRows()));
                rowCopy.copyRange(old, 0, 0, chunk.numRows());
                vectors[assignment.propertyColumn()] = rowCopy;
            }
            for (int pos : positions) {
                long id = ids.isNull(pos) ? -1 : EntityIds.offsetIn(ids.getLong(pos), assignment.packedTable());
                if (id < 0) {
                    continue;
                }
                assignment.writer().write(assignment.property(), id, values, pos);
                if (rowCopy != null) {
                    rowCopy.copyFrom(values, pos, pos);
                }
            }
        }
        return new DataChunk(vectors, chunk.numRows(), chunk.selection());
    }


    private int[] writtenPositions(DataChunk chunk) {
        if (condition == null) {
            return chunk.selection().toArray();
        }
        ValueVector holds = condition.evaluate(chunk);
        return java.util.Arrays.stream(chunk.selection().toArray())
                .filter(pos -> !holds.isNull(pos) && holds.getBool(pos)).toArray();
    }

    @Override
    public List<LogicalType> outputTypes() {
        return child.outputTypes();
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(child);
    }

    @Override
    public String describe() {
        return "SetProperties(" + assignments.stream().map(Assignment::name).toList()
                + (condition == null ? "" : ", conditional") + ")";
    }
}
