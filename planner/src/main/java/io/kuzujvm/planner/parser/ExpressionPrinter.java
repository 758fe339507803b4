package io.kuzujvm.planner.parser;

import io.kuzujvm.planner.ast.Expression;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints an expression as Cypher text in Kùzu's style ({@code CASE x WHEN 35 THEN x + 1 END}):
 * the catalog keeps macros as such text, and parsing it gives the same expression back.
 * Parentheses appear only where precedence needs them.
 */
public final class ExpressionPrinter {

    // Binding strength, as the grammar orders its alternatives (higher binds tighter).
    private static final int OR = 1;
    private static final int XOR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int COMPARISON = 5;
    private static final int IN = 6;
    private static final int STRING_MATCH = 7;
    private static final int NULL_CHECK = 8;
    private static final int ADDITIVE = 9;
    private static final int MULTIPLICATIVE = 10;
    private static final int POWER = 11;
    private static final int UNARY = 12;
    private static final int POSTFIX = 13;
    private static final int ATOM = 14;

    private ExpressionPrinter() {
    }

    public static String print(Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            return literal(literal.value());
        }
        if (expression instanceof Expression.Parameter parameter) {
            return "$" + parameter.name();
        }
        if (expression instanceof Expression.Variable variable) {
            return name(variable.name());
        }
        if (expression instanceof Expression.Property property) {
            return operand(property.target(), POSTFIX) + "." + name(property.name());
        }
        if (expression instanceof Expression.Index index) {
            return operand(index.target(), POSTFIX) + "[" + print(index.index()) + "]";
        }
        if (expression instanceof Expression.Operator operator) {
            return operator(operator);
        }
        if (expression instanceof Expression.IsNull isNull) {
            return operand(isNull.operand(), NULL_CHECK) + (isNull.negated() ? " IS NOT NULL" : " IS NULL");
        }
        if (expression instanceof Expression.FunctionCall call) {
            return name(call.name()) + "(" + (call.distinct() ? "DISTINCT " : "") + list(call.arguments()) + ")";
        }
        if (expression instanceof Expression.CountStar) {
            return "COUNT(*)";
        }
        if (expression instanceof Expression.Case c) {
            StringBuilder text = new StringBuilder("CASE");
            c.subject().ifPresent(subject -> text.append(' ').append(print(subject)));
            for (int i = 0; i < c.whens().size(); i++) {
                text.append(" WHEN ").append(print(c.whens().get(i))).append(" THEN ").append(print(c.thens().get(i)));
            }
            c.otherwise().ifPresent(otherwise -> text.append(" ELSE ").append(print(otherwise)));
            return text.append(" END").toString();
        }
        if (expression instanceof Expression.ListLiteral list) {
            return "[" + list(list.elements()) + "]";
        }
        if (expression instanceof Expression.Lambda lambda) {
            List<String> parameters = lambda.parameters().stream().map(ExpressionPrinter::name).toList();
            return (parameters.size() == 1 ? parameters.get(0) : "(" + String.join(", ", parameters) + ")")
                    + " -> " + print(lambda.body());
        }
        Map<String, Expression> entries = ((Expression.MapLiteral) expression).entries();
        return entries.entrySet().stream().map(e -> name(e.getKey()) + ": " + print(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String operator(Expression.Operator operator) {
        List<Expression> operands = operator.operands();
        if (operator.name().equals("NOT")) {
            return "NOT " + operand(operands.get(0), NOT);
        }
        if (operator.name().equals("NEG")) {
            String negated = operand(operands.get(0), UNARY);
            return negated.startsWith("-") ? "- " + negated : "-" + negated;
        }
        int strength = strength(operator.name());
        // Operators group from the left: an operand on the right of equal strength needs parentheses.
        return operand(operands.get(0), strength) + " " + operator.name().replace('_', ' ') + " "
                + operand(operands.get(1), strength + 1);
    }

    private static int strength(String operator) {
        return switch (operator) {
            case "OR" -> OR;
            case "XOR" -> XOR;
            case "AND" -> AND;
            case "IN" -> IN;
            case "STARTS_WITH", "ENDS_WITH", "CONTAINS" -> STRING_MATCH;
            case "+", "-" -> ADDITIVE;
            case "*", "/", "%" -> MULTIPLICATIVE;
            case "^" -> POWER;
            default -> COMPARISON;
        };
    }

    /** An operand, in parentheses when it binds less tightly than {@code needed}. */
    private static String operand(Expression expression, int needed) {
        String text = print(expression);
        return strengthOf(expression) < needed ? "(" + text + ")" : text;
    }

    private static int strengthOf(Expression expression) {
        if (expression instanceof Expression.Operator operator) {
            return switch (operator.name()) {
                case "NOT" -> NOT;
                case "NEG" -> UNARY;
                default -> strength(operator.name());
            };
        }
        if (expression instanceof Expression.IsNull) {
            return NULL_CHECK;
        }
        if (expression instanceof Expression.Property || expression instanceof Expression.Index) {
            return POSTFIX;
        }
        if (expression instanceof Expression.Literal literal && literal.value() instanceof Number number
                && number.doubleValue() < 0) {
            return UNARY;
        }
        return ATOM;
    }

    private static String list(List<Expression> expressions) {
        return expressions.stream().map(ExpressionPrinter::print).collect(Collectors.joining(", "));
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t") + "'";
        }
        return value.toString();
    }

    /** A name as written when it lexes as a plain identifier, else in backquotes. */
    static String name(String name) {
        List<? extends Token> tokens = new CypherLexer(CharStreams.fromString(name)).getAllTokens();
        boolean plain = tokens.size() == 1 && tokens.get(0).getType() == CypherLexer.Identifier;
        return plain ? name : "`" + name.replace("`", "``") + "`";
    }
}
