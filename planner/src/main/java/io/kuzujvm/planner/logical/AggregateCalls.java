package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.ast.Expression;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.tools.RelBuilder;

import java.util.Locale;
import java.util.Set;

/** Recognizes Kùzu's aggregate functions in the AST and builds Calcite aggregate calls. */
public final class AggregateCalls {

    private static final Set<String> NAMES = Set.of("count", "sum", "min", "max", "avg", "collect");

    private AggregateCalls() {
    }

    public static boolean isAggregate(Expression expression) {
        return expression instanceof Expression.CountStar
                || expression instanceof Expression.FunctionCall call
                && NAMES.contains(call.name().toLowerCase(Locale.ROOT));
    }

    /** Whether an aggregate appears anywhere inside the expression. */
    static boolean containsAggregate(Expression expression) {
        if (isAggregate(expression)) {
            return true;
        }
        if (expression instanceof Expression.Operator op) {
            return op.operands().stream().anyMatch(AggregateCalls::containsAggregate);
        }
        if (expression instanceof Expression.FunctionCall call) {
            return call.arguments().stream().anyMatch(AggregateCalls::containsAggregate);
        }
        if (expression instanceof Expression.IsNull isNull) {
            return containsAggregate(isNull.operand());
        }
        return false;
    }

    static Expression.FunctionCall asCall(Expression expression) {
        if (expression instanceof Expression.CountStar) {
            return new Expression.FunctionCall("count_star", false, java.util.List.of());
        }
        Expression.FunctionCall call = (Expression.FunctionCall) expression;
        if (call.arguments().size() != 1) {
            throw KuzuException.binder("Function " + call.name().toUpperCase(Locale.ROOT)
                    + " did not receive correct arguments.");
        }
        return call;
    }

    /** The Calcite call; integer sums are widened to INT64 and averages computed in DOUBLE, as in Kùzu. */
    static RelBuilder.AggCall toAggCall(RelBuilder builder, Expression.FunctionCall call, RexNode argument) {
        String name = call.name().toLowerCase(Locale.ROOT);
        if (name.equals("count_star")) {
            return builder.countStar(null);
        }
        boolean numeric = SqlTypeUtil.isNumeric(argument.getType());
        boolean distinct = call.distinct();
        return switch (name) {
            case "count" -> builder.count(distinct, null, argument);
            case "sum" -> builder.sum(distinct, null, widen(builder, argument, numeric));
            case "avg" -> builder.avg(distinct, null, numeric ? builder.cast(argument, SqlTypeName.DOUBLE) : argument);
            case "collect" -> builder.aggregateCall(SqlLibraryOperators.ARRAY_AGG, argument).distinct(distinct);
            case "min" -> builder.min(argument);
            case "max" -> builder.max(argument);
            default -> throw new IllegalStateException(name);
        };
    }

    private static RexNode widen(RelBuilder builder, RexNode argument, boolean numeric) {
        if (argument.getType().getSqlTypeName() == SqlTypeName.DECIMAL) {
            // Kùzu sums DECIMAL(p, s) as DECIMAL(38, s).
            return builder.getRexBuilder().makeCast(KuzuTypes.toRel(LogicalType.decimal(38,
                    Math.max(0, argument.getType().getScale()))), argument, true, false);
        }
        if (numeric && SqlTypeUtil.isExactNumeric(argument.getType())) {
            return builder.getRexBuilder().makeCast(KuzuTypes.toRel(LogicalType.INT64), argument, true, false);
        }
        if (numeric) {
            return builder.getRexBuilder().makeCast(KuzuTypes.toRel(LogicalType.DOUBLE), argument, true, false);
        }
        throw KuzuException.binder("Cannot match a built-in function for given function SUM("
                + KuzuTypes.toLogical(argument.getType()) + ").");
    }
}
