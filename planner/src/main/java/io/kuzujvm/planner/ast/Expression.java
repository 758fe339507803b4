package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Expressions as written; types and names are resolved by the binder. */
public sealed interface Expression {

    /** A literal: Long, Double, String, Boolean or null. */
    record Literal(Object value) implements Expression {
    }

    record Parameter(String name) implements Expression {
    }

    record Variable(String name) implements Expression {
    }

    record Property(Expression target, String name) implements Expression {
    }

    record Index(Expression target, Expression index) implements Expression {
    }

    /** Operators by name: + - * / % ^ = <> < <= > >= AND OR XOR NOT NEG STARTS_WITH ENDS_WITH CONTAINS IN. */
    record Operator(String name, List<Expression> operands) implements Expression {
    }

    record IsNull(Expression operand, boolean negated) implements Expression {
    }

    record FunctionCall(String name, boolean distinct, List<Expression> arguments) implements Expression {
    }

    record CountStar() implements Expression {
    }

    /** {@code x -> body} or {@code (x, y) -> body}: an argument of list_transform, list_filter, list_reduce. */
    record Lambda(List<String> parameters, Expression body) implements Expression {
    }

    record Case(Optional<Expression> subject, List<Expression> whens, List<Expression> thens,
                Optional<Expression> otherwise) implements Expression {
    }

    record ListLiteral(List<Expression> elements) implements Expression {
    }

    record MapLiteral(Map<String, Expression> entries) implements Expression {
    }
}
