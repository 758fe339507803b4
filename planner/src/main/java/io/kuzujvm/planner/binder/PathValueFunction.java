package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of a named path, assembled from its operands in path order: NODE and REL values and
 * the RECURSIVE_REL values of its variable-length rels. As in Kùzu, its nodes (and rels) have
 * the fields of all of them, each name once.
 */
public final class PathValueFunction extends SqlFunction {

    private final LogicalType valueType;

    public PathValueFunction(List<LogicalType> operandTypes) {
        this(typeOf(operandTypes));
    }

    private PathValueFunction(LogicalType valueType) {
        super("PATH_VALUE", SqlKind.OTHER_FUNCTION, opBinding -> KuzuTypes.toRel(valueType), null,
                OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
        this.valueType = valueType;
    }

    public LogicalType valueType() {
        return valueType;
    }

    private static LogicalType typeOf(List<LogicalType> operandTypes) {
        List<LogicalType> nodes = new ArrayList<>();
        List<LogicalType> rels = new ArrayList<>();
        for (LogicalType type : operandTypes) {
            switch (type.id()) {
                case NODE -> nodes.add(type);
                case REL -> rels.add(type);
                default -> {
                    nodes.add(type.children().get(0).elementType());
                    rels.add(type.children().get(1).elementType());
                }
            }
        }
        return LogicalType.recursiveRel(union(TypeId.NODE, nodes), union(TypeId.REL, rels));
    }

    private static LogicalType union(TypeId kind, List<LogicalType> entities) {
        List<String> names = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        for (LogicalType entity : entities) {
            for (int i = 0; i < entity.fieldNames().size(); i++) {
                String name = entity.fieldNames().get(i);
                if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                    names.add(name);
                    types.add(entity.children().get(i));
                }
            }
        }
        return LogicalType.entity(kind, names, types);
    }

    @Override
    public boolean isDeterministic() {
        return true;
    }
}
