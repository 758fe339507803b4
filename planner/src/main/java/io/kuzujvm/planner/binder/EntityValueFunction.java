package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

import java.util.List;

/**
 * The value of a node or rel variable, built from the fields that hold its parts. Each
 * call's operator carries the layout: field names, which are internal ids of which table,
 * and the label; the operands are the id and property columns in field order.
 */
public final class EntityValueFunction extends SqlFunction {

    /**
     * One field of the value: a constant label, an internal id of a table (-1: ids packed with
     * their table), or a plain column; only in rows of table {@code owner} when it is not -1.
     */
    public record Part(String name, Kind kind, long tableId, Object constant, long owner) {

        /** How a field is filled. */
        public enum Kind { CONSTANT, INTERNAL_ID, COLUMN }

        public static Part constant(String name, Object value) {
            return new Part(name, Kind.CONSTANT, -1, value, -1);
        }

        public static Part internalId(String name, long tableId) {
            return new Part(name, Kind.INTERNAL_ID, tableId, null, -1);
        }

        public static Part column(String name) {
            return new Part(name, Kind.COLUMN, -1, null, -1);
        }

        /** The same field, only in rows of the given table. */
        public Part ownedBy(long table) {
            return new Part(name, kind, tableId, constant, table);
        }
    }

    private final LogicalType valueType;
    private final List<Part> parts;

    /** @param valueType a NODE or REL type with the value's fields */
    public EntityValueFunction(LogicalType valueType, List<Part> parts) {
        super(valueType.id() == TypeId.NODE ? "NODE_VALUE" : "REL_VALUE", SqlKind.OTHER_FUNCTION,
                opBinding -> KuzuTypes.toRel(valueType), null, OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
        this.valueType = valueType;
        this.parts = List.copyOf(parts);
    }

    public LogicalType valueType() {
        return valueType;
    }

    public List<Part> parts() {
        return parts;
    }

    @Override
    public boolean isDeterministic() {
        return true;
    }
}
