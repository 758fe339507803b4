package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.parser.StatementParser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a scalar macro as the expression it stands for: the macro's body with each
 * parameter replaced by the call's argument or, when the call leaves it out, its default.
 */
final class MacroExpansion {

    private MacroExpansion() {
    }

    static Expression expand(MacroEntry macro, Expression.FunctionCall call) {
        List<MacroEntry.Parameter> parameters = macro.parameters();
        List<Expression> arguments = call.arguments();
        long required = parameters.stream().filter(p -> p.defaultValue() == null).count();
        if (arguments.size() < required || arguments.size() > parameters.size()) {
            throw KuzuException.binder("Invalid number of arguments for macro " + macro.name() + ".");
        }
        StatementParser parser = new StatementParser();
        Map<String, Expression> values = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            MacroEntry.Parameter parameter = parameters.get(i);
            values.put(parameter.name(), i < arguments.size() ? arguments.get(i)
                    : parser.parseExpression(parameter.defaultValue()));
        }
        return substitute(parser.parseExpression(macro.body()), values);
    }

    /** The body with its parameter variables replaced (arguments are not looked into: they belong to the caller). */
    private static Expression substitute(Expression e, Map<String, Expression> values) {
        if (e instanceof Expression.Variable variable) {
            return values.getOrDefault(variable.name(), variable);
        }
        if (e instanceof Expression.Property property) {
            return new Expression.Property(substitute(property.target(), values), property.name());
        }
        if (e instanceof Expression.Index index) {
            return new Expression.Index(substitute(index.target(), values), substitute(index.index(), values));
        }
        if (e instanceof Expression.Operator operator) {
            return new Expression.Operator(operator.name(), all(operator.operands(), values));
        }
        if (e instanceof Expression.IsNull isNull) {
            return new Expression.IsNull(substitute(isNull.operand(), values), isNull.negated());
        }
        if (e instanceof Expression.FunctionCall call) {
            return new Expression.FunctionCall(call.name(), call.distinct(), all(call.arguments(), values));
        }
        if (e instanceof Expression.Case c) {
            return new Expression.Case(c.subject().map(s -> substitute(s, values)), all(c.whens(), values),
                    all(c.thens(), values), c.otherwise().map(o -> substitute(o, values)));
        }
        if (e instanceof Expression.ListLiteral list) {
            return new Expression.ListLiteral(all(list.elements(), values));
        }
        if (e instanceof Expression.Lambda lambda) {
            // The lambda's own parameters hide macro parameters of the same name.
            Map<String, Expression> visible = new HashMap<>(values);
            lambda.parameters().forEach(visible::remove);
            return new Expression.Lambda(lambda.parameters(), substitute(lambda.body(), visible));
        }
        if (e instanceof Expression.MapLiteral map) {
            Map<String, Expression> entries = new LinkedHashMap<>();
            map.entries().forEach((key, value) -> entries.put(key, substitute(value, values)));
            return new Expression.MapLiteral(entries);
        }
        return e;
    }

    private static List<Expression> all(List<Expression> expressions, Map<String, Expression> values) {
        return expressions.stream().map(e -> substitute(e, values)).toList();
    }
}
