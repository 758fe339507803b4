package io.kuzujvm.planner.ast;

import java.util.LinkedHashSet;
import java.util.Set;

/** The variables an expression reads. */
public final class FreeVariables {

    private FreeVariables() {
    }

    public static Set<String> of(Expression expression) {
        Set<String> names = new LinkedHashSet<>();
        collect(expression, names);
        return names;
    }

    private static void collect(Expression expression, Set<String> names) {
        if (expression instanceof Expression.Variable variable) {
            names.add(variable.name());
        } else if (expression instanceof Expression.Property property) {
            collect(property.target(), names);
        } else if (expression instanceof Expression.Index index) {
            collect(index.target(), names);
            collect(index.index(), names);
        } else if (expression instanceof Expression.Operator operator) {
            operator.operands().forEach(e -> collect(e, names));
        } else if (expression instanceof Expression.IsNull isNull) {
            collect(isNull.operand(), names);
        } else if (expression instanceof Expression.FunctionCall call) {
            call.arguments().forEach(e -> collect(e, names));
        } else if (expression instanceof Expression.Case caseExpression) {
            caseExpression.subject().ifPresent(e -> collect(e, names));
            caseExpression.whens().forEach(e -> collect(e, names));
            caseExpression.thens().forEach(e -> collect(e, names));
            caseExpression.otherwise().ifPresent(e -> collect(e, names));
        } else if (expression instanceof Expression.ListLiteral list) {
            list.elements().forEach(e -> collect(e, names));
        } else if (expression instanceof Expression.MapLiteral map) {
            map.entries().values().forEach(e -> collect(e, names));
        } else if (expression instanceof Expression.Lambda lambda) {
            Set<String> read = of(lambda.body());
            lambda.parameters().forEach(read::remove);
            names.addAll(read);
        }
    }
}
