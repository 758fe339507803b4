package io.kuzujvm.planner.lower;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.expression.ArithmeticEvaluator;
import io.kuzujvm.engine.expression.BooleanEvaluator;
import io.kuzujvm.engine.expression.CaseEvaluator;
import io.kuzujvm.engine.expression.CastEvaluator;
import io.kuzujvm.engine.expression.ColumnEvaluator;
import io.kuzujvm.engine.expression.ComparisonEvaluator;
import io.kuzujvm.engine.expression.ConstantEvaluator;
import io.kuzujvm.engine.expression.EntityValueEvaluator;
import io.kuzujvm.engine.expression.ExpressionEvaluator;
import io.kuzujvm.engine.expression.ListLambdaEvaluator;
import io.kuzujvm.engine.expression.ListValueEvaluator;
import io.kuzujvm.engine.expression.NullCheckEvaluator;
import io.kuzujvm.engine.expression.PathValueEvaluator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.binder.EntityValueFunction;
import io.kuzujvm.planner.binder.ListLambdaFunction;
import io.kuzujvm.planner.binder.PathValueFunction;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;

import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.SqlKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Compiles Calcite row expressions into the engine's vectorized evaluators. */
final class RexCompiler {

    private static final RexBuilder SEARCH_EXPANDER = new RexBuilder(KuzuTypes.typeFactory());

    private final List<LogicalType> inputTypes;
    private final io.kuzujvm.engine.storage.Database database;
    /** The width of the row the expression is over; inside a lambda, the lambdas' parameters follow it. */
    private final int rowWidth;

    RexCompiler(List<LogicalType> inputTypes) {
        this(inputTypes, null);
    }

    /** @param database the database that functions with state (nextval, currval) work on */
    RexCompiler(List<LogicalType> inputTypes, io.kuzujvm.engine.storage.Database database) {
        this(inputTypes, database, inputTypes.size());
    }

    private RexCompiler(List<LogicalType> inputTypes, io.kuzujvm.engine.storage.Database database, int rowWidth) {
        this.inputTypes = inputTypes;
        this.database = database;
        this.rowWidth = rowWidth;
    }

    ExpressionEvaluator compile(RexNode node) {
        if (node instanceof RexInputRef ref) {
            return new ColumnEvaluator(ref.getIndex(), inputTypes.get(ref.getIndex()));
        }
        if (node instanceof RexLambdaRef ref) {
            return new ColumnEvaluator(rowWidth + ref.getIndex(), KuzuTypes.toLogical(ref.getType()));
        }
        if (node instanceof RexLiteral literal) {
            LogicalType type = KuzuTypes.toLogical(literal.getType());
            return new ConstantEvaluator(literalValue(literal, type), type);
        }
        if (node instanceof RexCall call && call.getKind() == org.apache.calcite.sql.SqlKind.SEARCH) {
            // Calcite folds ranges (x > 1 AND x < 5) into SEARCH(x, Sarg); the engine evaluates comparisons.
            return compile(org.apache.calcite.rex.RexUtil.expandSearch(
                    new org.apache.calcite.rex.RexBuilder(KuzuTypes.typeFactory()), null, call));
        }
        if (node instanceof RexCall call) {
            return call(call);
        }
        throw KuzuException.notImplemented("Expression " + node);
    }

    /** The engine value of a literal, the reverse of {@code ExpressionBinder.literal}. */
    static Object literalValue(RexLiteral literal, LogicalType type) {
        if (literal.isNull()) {
            return null;
        }
        return switch (type.id()) {
            case STRING, JSON -> literal.getValueAs(String.class);
            case DATE -> LocalDate.parse(literal.getValueAs(DateString.class).toString());
            case TIMESTAMP -> LocalDateTime.parse(literal.getValueAs(TimestampString.class).toString().replace(' ', 'T'));
            case DECIMAL -> literal.getValueAs(BigDecimal.class).setScale(type.scale(), RoundingMode.HALF_UP);
            case INT128, UINT64 -> literal.getValueAs(BigDecimal.class).toBigIntegerExact();
            case BLOB -> literal.getValueAs(ByteString.class).getBytes();
            // A literal Calcite cast to REAL keeps its decimal digits; a FLOAT holds only a float's.
            case FLOAT -> (double) literal.getValueAs(Double.class).floatValue();
            default -> switch (type.physicalType()) {
                case LONG -> literal.getValueAs(Long.class);
                case DOUBLE -> literal.getValueAs(Double.class);
                case BOOL -> literal.getValueAs(Boolean.class);
                case OBJECT -> throw KuzuException.notImplemented("Literal of type " + type);
            };
        };
    }

    /** LIKE with a constant pattern (the binder makes them from STARTS WITH, ENDS WITH, CONTAINS). */
    private static ExpressionEvaluator like(RexCall call, ExpressionEvaluator subject) {
        List<RexNode> operands = call.getOperands();
        String pattern = ((RexLiteral) operands.get(1)).getValueAs(String.class);
        char escape = operands.size() > 2 ? ((RexLiteral) operands.get(2)).getValueAs(String.class).charAt(0) : 0;
        java.util.regex.Pattern regex = io.kuzujvm.engine.expression.LikePattern.compile(pattern, escape);
        return new io.kuzujvm.engine.expression.ScalarFunctionEvaluator("LIKE",
                args -> regex.matcher((String) args[0]).matches(), List.of(subject), LogicalType.BOOL);
    }

    private ExpressionEvaluator call(RexCall call) {
        if (call.getKind() == SqlKind.SEARCH) {
            // RelBuilder's simplifier folds ORs of equalities and ranges into SEARCH(x, Sarg):
            // back to plain comparisons, which the evaluators know.
            return compile(RexUtil.expandSearch(SEARCH_EXPANDER, null, call));
        }
        if (call.getOperator() instanceof ListLambdaFunction function) {
            return lambdaCall(function, call);
        }
        List<ExpressionEvaluator> operands = call.getOperands().stream().map(this::compile).toList();
        if (call.getOperator() instanceof io.kuzujvm.planner.binder.PackedIdFunction packed) {
            return new io.kuzujvm.engine.expression.PackedIdEvaluator(operands.get(0), packed.tableId());
        }
        if (call.getOperator() instanceof EntityValueFunction entity) {
            return entityValue(entity, operands);
        }
        if (call.getOperator() instanceof PathValueFunction path) {
            return new PathValueEvaluator(path.valueType(), operands);
        }
        if (call.getOperator() instanceof io.kuzujvm.planner.binder.ValueConstructorFunction constructor) {
            LogicalType type = constructor.valueType();
            if (type.id() != io.kuzujvm.engine.types.TypeId.STRUCT) {
                return new ListValueEvaluator(type, operands);
            }
            List<EntityValueEvaluator.Field> fields = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                fields.add(new EntityValueEvaluator.ValueField(type.fieldNames().get(i), operands.get(i)));
            }
            return new EntityValueEvaluator(type, fields);
        }
        if (call.getOperator() instanceof io.kuzujvm.planner.binder.ScalarFunctionOperator function) {
            return new io.kuzujvm.engine.expression.ScalarFunctionEvaluator(function.getName(),
                    function.function().implementation(database, function.argumentTypes()), operands,
                    KuzuTypes.toLogical(call.getType()), function.function().acceptsNulls());
        }
        LogicalType type = KuzuTypes.toLogical(call.getType());
        return switch (call.getKind()) {
            case EQUALS -> comparison(ComparisonEvaluator.Operator.EQUALS, operands);
            case NOT_EQUALS -> comparison(ComparisonEvaluator.Operator.NOT_EQUALS, operands);
            case LESS_THAN -> comparison(ComparisonEvaluator.Operator.LESS_THAN, operands);
            case LESS_THAN_OR_EQUAL -> comparison(ComparisonEvaluator.Operator.LESS_THAN_OR_EQUAL, operands);
            case GREATER_THAN -> comparison(ComparisonEvaluator.Operator.GREATER_THAN, operands);
            case GREATER_THAN_OR_EQUAL -> comparison(ComparisonEvaluator.Operator.GREATER_THAN_OR_EQUAL, operands);
            case AND -> new BooleanEvaluator(BooleanEvaluator.Connective.AND, operands);
            case OR -> new BooleanEvaluator(BooleanEvaluator.Connective.OR, operands);
            case NOT -> new BooleanEvaluator(BooleanEvaluator.Connective.NOT, operands);
            case IS_NULL -> new NullCheckEvaluator(operands.get(0), false);
            case IS_NOT_NULL -> new NullCheckEvaluator(operands.get(0), true);
            case PLUS -> arithmetic(ArithmeticEvaluator.Operator.ADD, operands, type);
            case MINUS -> arithmetic(ArithmeticEvaluator.Operator.SUBTRACT, operands, type);
            case TIMES -> arithmetic(ArithmeticEvaluator.Operator.MULTIPLY, operands, type);
            case DIVIDE -> arithmetic(ArithmeticEvaluator.Operator.DIVIDE, operands, type);
            case MOD -> arithmetic(ArithmeticEvaluator.Operator.MODULO, operands, type);
            case MINUS_PREFIX -> arithmetic(ArithmeticEvaluator.Operator.SUBTRACT,
                    List.of(new ConstantEvaluator(0L, type), operands.get(0)), type);
            case LIKE -> like(call, operands.get(0));
            case CAST -> new CastEvaluator(operands.get(0), type);
            case CASE -> caseValue(operands, type);
            case ARRAY_VALUE_CONSTRUCTOR -> new ListValueEvaluator(type, castAll(operands, type.children().get(0)));
            default -> throw KuzuException.notImplemented("Function " + call.getOperator().getName());
        };
    }

    /** The lambda's body is compiled over this row followed by the lambda's parameters. */
    private ExpressionEvaluator lambdaCall(ListLambdaFunction function, RexCall call) {
        RexLambda lambda = (RexLambda) call.getOperands().get(1);
        List<LogicalType> parameterTypes = lambda.getParameters().stream()
                .map(p -> KuzuTypes.toLogical(p.getType())).toList();
        List<LogicalType> bodyInputs = new ArrayList<>(inputTypes);
        bodyInputs.addAll(parameterTypes);
        ExpressionEvaluator body = new RexCompiler(bodyInputs, database, rowWidth).compile(lambda.getExpression());
        return new ListLambdaEvaluator(function.kind(), compile(call.getOperands().get(0)), body, parameterTypes,
                inputTypes.size(), columnsRead(lambda.getExpression()), KuzuTypes.toLogical(call.getType()));
    }

    /** The columns of this compiler's input an expression reads: row fields and enclosing lambdas' parameters. */
    private int[] columnsRead(RexNode expression) {
        java.util.BitSet columns = new java.util.BitSet();
        expression.accept(new RexVisitorImpl<Void>(true) {
            @Override
            public Void visitInputRef(RexInputRef ref) {
                columns.set(ref.getIndex());
                return null;
            }

            @Override
            public Void visitLambdaRef(RexLambdaRef ref) {
                columns.set(rowWidth + ref.getIndex());
                return null;
            }
        });
        return columns.stream().filter(column -> column < inputTypes.size()).toArray();
    }

    private static ExpressionEvaluator entityValue(EntityValueFunction entity, List<ExpressionEvaluator> operands) {
        List<EntityValueEvaluator.Field> fields = new ArrayList<>();
        int operand = 0;
        for (EntityValueFunction.Part part : entity.parts()) {
            EntityValueEvaluator.Field field = switch (part.kind()) {
                case CONSTANT -> new EntityValueEvaluator.ConstantField(part.name(), part.constant());
                case INTERNAL_ID -> new EntityValueEvaluator.IdField(part.name(), part.tableId(), operands.get(operand++));
                case COLUMN -> new EntityValueEvaluator.ValueField(part.name(), operands.get(operand++));
            };
            fields.add(part.owner() < 0 ? field : new EntityValueEvaluator.TableField(part.owner(), field));
        }
        return new EntityValueEvaluator(entity.valueType(), fields);
    }

    /** Operands are WHEN/THEN pairs then ELSE; branch values of another type than the result's are cast to it. */
    private static ExpressionEvaluator caseValue(List<ExpressionEvaluator> operands, LogicalType type) {
        List<ExpressionEvaluator> conditions = new ArrayList<>();
        List<ExpressionEvaluator> values = new ArrayList<>();
        for (int i = 0; i + 1 < operands.size(); i += 2) {
            conditions.add(operands.get(i));
            values.add(castTo(operands.get(i + 1), type));
        }
        return new CaseEvaluator(conditions, values, castTo(operands.get(operands.size() - 1), type), type);
    }

    private static ExpressionEvaluator castTo(ExpressionEvaluator operand, LogicalType type) {
        return operand.type().equals(type) ? operand : new CastEvaluator(operand, type);
    }

    /** Elements of another type than the list's are cast to it (Calcite types the list by their common type). */
    private static List<ExpressionEvaluator> castAll(List<ExpressionEvaluator> operands, LogicalType elementType) {
        return operands.stream().map(o -> o.type().equals(elementType) ? o : new CastEvaluator(o, elementType))
                .map(ExpressionEvaluator.class::cast).toList();
    }

    private static ExpressionEvaluator comparison(ComparisonEvaluator.Operator op, List<ExpressionEvaluator> operands) {
        return new ComparisonEvaluator(op, operands.get(0), operands.get(1));
    }

    private static ExpressionEvaluator arithmetic(ArithmeticEvaluator.Operator op, List<ExpressionEvaluator> operands,
                                                  LogicalType type) {
        return new ArithmeticEvaluator(op, operands.get(0), operands.get(1), type);
    }
}
