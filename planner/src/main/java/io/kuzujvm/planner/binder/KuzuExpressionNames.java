package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.parser.ExpressionPrinter;

import java.util.stream.Collectors;

/**
 * How Kùzu names an expression in its binder messages: literals as it prints values, list and
 * map literals as the functions that build them (LIST_CREATION, STRUCT_PACK), others as written.
 */
final class KuzuExpressionNames {

    private KuzuExpressionNames() {
    }

    static String of(Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            return literal.value() instanceof String text ? text : ValueFormatter.format(literal.value());
        }
        if (expression instanceof Expression.ListLiteral list) {
            return "LIST_CREATION(" + list.elements().stream().map(KuzuExpressionNames::of)
                    .collect(Collectors.joining(",")) + ")";
        }
        if (expression instanceof Expression.MapLiteral map) {
            return "STRUCT_PACK(" + map.entries().values().stream().map(KuzuExpressionNames::of)
                    .collect(Collectors.joining(",")) + ")";
        }
        return ExpressionPrinter.print(expression);
    }

    /** The kind of expression Kùzu reports where another was expected (LITERAL, VARIABLE, ...). */
    static String kind(Expression expression) {
        if (expression instanceof Expression.Literal) {
            return "LITERAL";
        }
        if (expression instanceof Expression.Variable) {
            return "VARIABLE";
        }
        if (expression instanceof Expression.Property) {
            return "PROPERTY";
        }
        if (expression instanceof Expression.Parameter) {
            return "PARAMETER";
        }
        if (expression instanceof Expression.Case) {
            return "CASE_ELSE";
        }
        return "FUNCTION";
    }
}
