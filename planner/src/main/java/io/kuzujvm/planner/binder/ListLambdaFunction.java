package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.expression.ListLambdaEvaluator;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A call of a list function with a lambda: its operands are the list and a Calcite
 * {@code RexLambda} whose parameters are the lambda's; the lowering compiles it to a
 * {@link ListLambdaEvaluator}.
 */
public final class ListLambdaFunction extends SqlFunction {

    private static final Map<String, ListLambdaEvaluator.Kind> BY_NAME = Map.of(
            "list_transform", ListLambdaEvaluator.Kind.TRANSFORM,
            "list_filter", ListLambdaEvaluator.Kind.FILTER,
            "list_reduce", ListLambdaEvaluator.Kind.REDUCE,
            "all", ListLambdaEvaluator.Kind.ALL,
            "any", ListLambdaEvaluator.Kind.ANY,
            "none", ListLambdaEvaluator.Kind.NONE,
            "single", ListLambdaEvaluator.Kind.SINGLE);

    private final ListLambdaEvaluator.Kind kind;

    private ListLambdaFunction(String name, ListLambdaEvaluator.Kind kind) {
        super(name.toUpperCase(Locale.ROOT), SqlKind.OTHER_FUNCTION, null, null, OperandTypes.VARIADIC,
                SqlFunctionCategory.USER_DEFINED_FUNCTION);
        this.kind = kind;
    }

    /** The lambda function of that name, if it is one. */
    static Optional<ListLambdaFunction> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)))
                .map(kind -> new ListLambdaFunction(name, kind));
    }

    public ListLambdaEvaluator.Kind kind() {
        return kind;
    }

    /** How many parameters its lambda takes: list_reduce's the value so far and the next element. */
    int parameterCount() {
        return kind == ListLambdaEvaluator.Kind.REDUCE ? 2 : 1;
    }

    /** Whether its lambda is a predicate (list_filter and the list predicates). */
    boolean takesPredicate() {
        return kind != ListLambdaEvaluator.Kind.TRANSFORM && kind != ListLambdaEvaluator.Kind.REDUCE;
    }
}
