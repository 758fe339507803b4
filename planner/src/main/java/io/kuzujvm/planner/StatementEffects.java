package io.kuzujvm.planner;

import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.ast.SingleQuery;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.function.ScalarFunction;
import io.kuzujvm.planner.function.ScalarFunctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a statement does to the database, read off its AST: whether it writes (COPY,
 * CREATE, MERGE, SET, DELETE, or a call of a function that changes state such as nextval), so that it runs as
 * a write transaction.
 */
final class StatementEffects {

    private StatementEffects() {
    }

    static boolean writes(Statement statement) {
        if (statement instanceof Statement.CopyFrom) {
            return true;
        }
        if (!(statement instanceof Statement.Query query)) {
            return false;
        }
        for (SingleQuery part : query.parts()) {
            if (part.clauses().stream().anyMatch(Clause::updates)) {
                return true;
            }
            if (expressions(part).stream().anyMatch(StatementEffects::changesState)) {
                return true;
            }
        }
        return false;
    }

    /** Whether evaluating the expression changes the database. */
    static boolean changesState(Expression expression) {
        if (expression instanceof Expression.FunctionCall call) {
            boolean changes = ScalarFunctions.find(call.name()).map(ScalarFunction::changesState).orElse(false);
            return changes || call.arguments().stream().anyMatch(StatementEffects::changesState);
        }
        return children(expression).stream().anyMatch(StatementEffects::changesState);
    }

    private static List<Expression> children(Expression expression) {
        List<Expression> children = new ArrayList<>();
        if (expression instanceof Expression.Operator operator) {
            children.addAll(operator.operands());
        } else if (expression instanceof Expression.Property property) {
            children.add(property.target());
        } else if (expression instanceof Expression.Index index) {
            children.add(index.target());
            children.add(index.index());
        } else if (expression instanceof Expression.IsNull isNull) {
            children.add(isNull.operand());
        } else if (expression instanceof Expression.Case caseExpression) {
            caseExpression.subject().ifPresent(children::add);
            children.addAll(caseExpression.whens());
            children.addAll(caseExpression.thens());
            caseExpression.otherwise().ifPresent(children::add);
        } else if (expression instanceof Expression.ListLiteral list) {
            children.addAll(list.elements());
        } else if (expression instanceof Expression.MapLiteral map) {
            children.addAll(map.entries().values());
        } else if (expression instanceof Expression.FunctionCall call) {
            children.addAll(call.arguments());
        } else if (expression instanceof Expression.Lambda lambda) {
            children.add(lambda.body());
        }
        return children;
    }

    /** Every top-level expression of a query part. */
    private static List<Expression> expressions(SingleQuery part) {
        List<Expression> all = new ArrayList<>();
        for (Clause clause : part.clauses()) {
            addClause(clause, all);
        }
        part.returnClause().ifPresent(r -> addClause(r, all));
        return all;
    }

    private static void addClause(Clause clause, List<Expression> all) {
        if (clause instanceof Clause.Match match) {
            match.pattern().forEach(p -> addPattern(p, all));
            match.where().ifPresent(all::add);
        } else if (clause instanceof Clause.Create create) {
            create.pattern().forEach(p -> addPattern(p, all));
        } else if (clause instanceof Clause.Merge merge) {
            merge.pattern().forEach(p -> addPattern(p, all));
            merge.onMatch().forEach(item -> all.add(item.value()));
            merge.onCreate().forEach(item -> all.add(item.value()));
        } else if (clause instanceof Clause.Set set) {
            set.items().forEach(item -> all.add(item.value()));
        } else if (clause instanceof Clause.Delete delete) {
            all.addAll(delete.targets());
        } else if (clause instanceof Clause.Unwind unwind) {
            all.add(unwind.expression());
        } else if (clause instanceof Clause.LoadFrom load) {
            load.where().ifPresent(all::add);
        } else if (clause instanceof Clause.Call call) {
            all.add(call.function());
            call.filter().ifPresent(all::add);
            call.where().ifPresent(all::add);
        } else if (clause instanceof Clause.Projection projection) {
            for (Clause.ProjectionItem item : projection.items()) {
                if (item instanceof Clause.ExpressionItem expressionItem) {
                    all.add(expressionItem.expression());
                }
            }
            projection.orderBy().forEach(sort -> all.add(sort.expression()));
            add(projection.skip(), all);
            add(projection.limit(), all);
            add(projection.where(), all);
        }
    }

    private static void addPattern(PatternPart part, List<Expression> all) {
        all.addAll(part.start().properties().values());
        for (PatternPart.Step step : part.chain()) {
            all.addAll(step.rel().properties().values());
            all.addAll(step.node().properties().values());
        }
    }

    private static void add(Optional<Expression> expression, List<Expression> all) {
        expression.ifPresent(all::add);
    }
}
