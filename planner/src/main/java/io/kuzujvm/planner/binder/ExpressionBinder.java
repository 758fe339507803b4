package io.kuzujvm.planner.binder;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.logical.AggregateCalls;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;

import io.kuzujvm.engine.types.Interval;
import io.kuzujvm.engine.types.MapValue;
import io.kuzujvm.engine.types.StructValue;
import io.kuzujvm.engine.types.ValueFormatter;
import org.apache.calcite.avatica.util.ByteString;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an AST expression against a {@link Scope} into a typed Calcite {@link RexNode}
 * over the current row, checking names and operand types with Kùzu's messages.
 */
public final class ExpressionBinder {

    private final RexBuilder rexBuilder;
    private final List<RelDataType> rowTypes;
    private final Map<String, Object> parameters;
    private final Catalog catalog;

    /**
     * @param rowTypes the types of the current row's fields (input refs are built from them)
     * @param catalog  where calls of functions that are not built in find their macros
     */
    public ExpressionBinder(RexBuilder rexBuilder, List<RelDataType> rowTypes, Map<String, Object> parameters,
                            Catalog catalog) {
        this.rexBuilder = rexBuilder;
        this.rowTypes = rowTypes;
        this.parameters = parameters;
        this.catalog = catalog;
    }

    public RexNode bind(Expression expression, Scope scope) {
        if (expression instanceof Expression.Literal literal) {
            return literal(literal.value());
        }
        if (expression instanceof Expression.Parameter parameter) {
            if (!parameters.containsKey(parameter.name())) {
                throw KuzuException.binder("Parameter " + parameter.name() + " not found.");
            }
            return literal(parameters.get(parameter.name()));
        }
        if (expression instanceof Expression.Variable variable) {
            Scope.Binding binding = scope.get(variable.name());
            return variable(binding);
        }
        if (expression instanceof Expression.Property property) {
            return property(property, scope);
        }
        if (expression instanceof Expression.IsNull isNull) {
            RexNode operand = bind(isNull.operand(), scope);
            return rexBuilder.makeCall(isNull.negated() ? SqlStdOperatorTable.IS_NOT_NULL
                    : SqlStdOperatorTable.IS_NULL, operand);
        }
        if (expression instanceof Expression.Operator operator) {
            return operator(operator, scope);
        }
        if (expression instanceof Expression.FunctionCall call) {
            return function(call, scope);
        }
        if (expression instanceof Expression.Case caseExpression) {
            return caseValue(caseExpression, scope);
        }
        if (expression instanceof Expression.MapLiteral map) {
            return structValue(map, scope);
        }
        if (expression instanceof Expression.ListLiteral list) {
            return listValue(list, scope);
        }
        if (expression instanceof Expression.Index index) {
            // x[i]: the i-th element of a list or string (from 1), or a map's values under key i.
            boolean map = KuzuTypes.toLogical(bind(index.target(), scope).getType()).id() == TypeId.MAP;
            return function(new Expression.FunctionCall(map ? "map_extract" : "list_extract", false,
                    List.of(index.target(), index.index())), scope);
        }
        if (expression instanceof Expression.CountStar) {
            throw KuzuException.notImplemented("Aggregation COUNT(*)");
        }
        throw KuzuException.notImplemented("Expression " + expression.getClass().getSimpleName());
    }

    /** [a, b, ...]: the elements cast to their common type. */
    /**
     * CASE [subject] WHEN ... THEN ... [ELSE ...] END; with a subject, each WHEN compares to it.
     * Calcite types the result as the common type of the branches.
     */
    private RexNode caseValue(Expression.Case caseExpression, Scope scope) {
        List<RexNode> operands = new ArrayList<>();
        for (int i = 0; i < caseExpression.whens().size(); i++) {
            Expression when = caseExpression.whens().get(i);
            Expression condition = caseExpression.subject()
                    .<Expression>map(subject -> new Expression.Operator("=", List.of(subject, when)))
                    .orElse(when);
            operands.add(bind(condition, scope));
            operands.add(bind(caseExpression.thens().get(i), scope));
        }
        operands.add(caseExpression.otherwise().map(e -> bind(e, scope))
                .orElseGet(() -> rexBuilder.makeNullLiteral(operands.get(1).getType())));
        return rexBuilder.makeCall(SqlStdOperatorTable.CASE, operands);
    }

    /** {a: x, b: y}: a STRUCT with those fields, as in Kùzu. */
    private RexNode structValue(Expression.MapLiteral map, Scope scope) {
        List<String> names = new ArrayList<>(map.entries().keySet());
        List<RexNode> values = new ArrayList<>();
        List<LogicalType> types = new ArrayList<>();
        for (Expression value : map.entries().values()) {
            RexNode bound = bind(value, scope);
            values.add(bound);
            types.add(isNull(bound.getType()) ? LogicalType.STRING : KuzuTypes.toLogical(bound.getType()));
        }
        LogicalType type = LogicalType.struct(names, types);
        return rexBuilder.makeCall(KuzuTypes.toRel(type), new ValueConstructorFunction(type), values);
    }

    private RexNode listValue(Expression.ListLiteral list, Scope scope) {
        if (list.elements().isEmpty()) {
            LogicalType empty = LogicalType.parse("INT64[]");
            return rexBuilder.makeCall(KuzuTypes.toRel(empty), new ValueConstructorFunction(empty), List.of());
        }
        List<RexNode> elements = new ArrayList<>();
        RelDataType typed = null;
        for (Expression element : list.elements()) {
            RexNode bound = bind(element, scope);
            elements.add(bound);
            if (typed == null && !isNull(bound.getType()) && !isEmptyList(element)) {
                typed = bound.getType();
            }
        }
        // A NULL or [] element ([['a'], [], NULL]) takes the type of the others.
        for (int i = 0; typed != null && i < elements.size(); i++) {
            if (isNull(elements.get(i).getType())) {
                elements.set(i, rexBuilder.makeNullLiteral(typed));
            } else if (isEmptyList(list.elements().get(i))) {
                LogicalType type = KuzuTypes.toLogical(typed);
                elements.set(i, rexBuilder.makeCall(typed, new ValueConstructorFunction(type), List.of()));
            }
        }
        return rexBuilder.makeCall(SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR, elements);
    }

    private RexNode function(Expression.FunctionCall call, Scope scope) {
        if (call.name().equalsIgnoreCase("cast") && call.arguments().size() == 2
                && call.arguments().get(1) instanceof Expression.Literal literal
                && literal.value() instanceof String typeName) {
            return cast(bind(call.arguments().get(0), scope), LogicalType.parse(typeName));
        }
        if (call.name().equalsIgnoreCase("properties") && call.arguments().size() == 2
                && call.arguments().get(1) instanceof Expression.Literal literal
                && literal.value() instanceof String property) {
            List<RexNode> operands = List.of(bind(call.arguments().get(0), scope), literal(property));
            return functionCall(io.kuzujvm.planner.function.PathFunctions.properties(property), "PROPERTIES",
                    operands);
        }
        if (call.name().equalsIgnoreCase("list_creation")) {
            // What Kùzu makes of a list literal [a, b, ...], by its name.
            return listValue(new Expression.ListLiteral(call.arguments()), scope);
        }
        if (call.name().equalsIgnoreCase("array_value")) {
            // ARRAY_VALUE(a, b, ...) is the list [a, b, ...] as an array of its length.
            RexNode list = listValue(new Expression.ListLiteral(call.arguments()), scope);
            LogicalType element = KuzuTypes.toLogical(list.getType()).elementType();
            return cast(list, LogicalType.array(element, call.arguments().size()));
        }
        Optional<ListLambdaFunction> lambdaFunction = ListLambdaFunction.find(call.name());
        if (lambdaFunction.isPresent()) {
            return lambdaCall(lambdaFunction.get(), call, scope);
        }
        if (call.arguments().stream().anyMatch(a -> a instanceof Expression.Lambda)) {
            throw KuzuException.binder(call.name().toUpperCase(java.util.Locale.ROOT)
                    + " does not support lambda input.");
        }
        if (call.name().equalsIgnoreCase("cost") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof Expression.Variable rel) {
            return scope.find(Scope.costName(rel.name())).map(cost -> inputRef(((Scope.ValueBinding) cost).field()))
                    .orElseThrow(() -> KuzuException.binder("Cost function is not defined for " + rel.name()));
        }
        Optional<io.kuzujvm.planner.function.ScalarFunction> builtIn =
                io.kuzujvm.planner.function.ScalarFunctions.find(call.name());
        if (builtIn.isEmpty()) {
            String shownName = call.name().toUpperCase(java.util.Locale.ROOT);
            if (AggregateCalls.isAggregate(call)) {
                // The planner binds aggregates of RETURN/WITH items itself; one here sits where none is supported.
                throw KuzuException.notImplemented("Aggregate function " + shownName + " in this position");
            }
            MacroEntry macro = catalog.findMacro(call.name()).orElseThrow(() -> KuzuException.catalog(
                    "function " + shownName + " does not exist."));
            return bind(MacroExpansion.expand(macro, call), scope);
        }
        io.kuzujvm.planner.function.ScalarFunction function = builtIn.get();
        List<RexNode> operands = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            operands.add(bind(argument, scope));
        }
        return functionCall(function, call.name().toUpperCase(java.util.Locale.ROOT), operands);
    }

    /**
     * list_transform(list, x -> ...), list_reduce(list, (x, y) -> ...), any(x IN list WHERE ...), ...:
     * the lambda's body is bound with its parameters in scope, standing for the list's elements.
     */
    private RexNode lambdaCall(ListLambdaFunction function, Expression.FunctionCall call, Scope scope) {
        String shownName = call.name().toUpperCase(java.util.Locale.ROOT);
        if (call.arguments().size() != 2) {
            throw KuzuException.binder(shownName + " takes a list and a lambda expression.");
        }
        if (!(call.arguments().get(1) instanceof Expression.Lambda lambda)) {
            throw KuzuException.binder("The second argument of " + shownName
                    + " should be a lambda expression but got " + KuzuExpressionNames.kind(call.arguments().get(1)) + ".");
        }
        if (lambda.parameters().size() != function.parameterCount()) {
            throw KuzuException.binder(shownName + " requires a lambda expression with " + function.parameterCount()
                    + (function.parameterCount() == 1 ? " parameter." : " parameters."));
        }
        RexNode list = bind(call.arguments().get(0), scope);
        LogicalType listType = isNull(list.getType()) ? LogicalType.ANY : KuzuTypes.toLogical(list.getType());
        if (listType.id() != TypeId.LIST && listType.id() != TypeId.ARRAY) {
            throw KuzuException.binder(KuzuExpressionNames.of(call.arguments().get(0)) + " has data type " + listType
                    + " but LIST was expected.");
        }
        LogicalType element = listType.elementType();
        // Parameters are numbered on from those of the lambdas this one is nested in.
        int first = scope.all().stream().filter(b -> b instanceof Scope.LambdaBinding)
                .mapToInt(b -> ((Scope.LambdaBinding) b).parameter() + 1).max().orElse(0);
        Scope inner = scope;
        List<RexLambdaRef> parameters = new ArrayList<>();
        for (int i = 0; i < lambda.parameters().size(); i++) {
            Scope.LambdaBinding parameter = new Scope.LambdaBinding(lambda.parameters().get(i), first + i, element);
            inner = inner.shadowedBy(parameter);
            parameters.add((RexLambdaRef) variable(parameter));
        }
        RexNode body = bind(lambda.body(), inner);
        if (isNull(body.getType())) {
            body = rexBuilder.makeNullLiteral(KuzuTypes.toRel(function.takesPredicate() ? LogicalType.BOOL : element));
        }
        LogicalType bodyType = KuzuTypes.toLogical(body.getType());
        if (function.takesPredicate() && bodyType.id() != TypeId.BOOL) {
            throw KuzuException.binder(shownName + " requires the result type of lambda expression be BOOL.");
        }
        LogicalType result = switch (function.kind()) {
            case TRANSFORM -> LogicalType.list(bodyType);
            case FILTER -> LogicalType.list(element);
            // The value so far is the lambda's first parameter: it keeps the elements' type.
            case REDUCE -> element;
            case ALL, ANY, NONE, SINGLE -> LogicalType.BOOL;
        };
        if (function.kind() == io.kuzujvm.engine.expression.ListLambdaEvaluator.Kind.REDUCE
                && !bodyType.equals(element)) {
            body = cast(body, element);
        }
        return rexBuilder.makeCall(KuzuTypes.toRel(result), function,
                List.of(list, rexBuilder.makeLambdaCall(body, parameters)));
    }

    /** A call of a registered function; {@code shownName} names it in the no-overload error. */
    private RexNode functionCall(io.kuzujvm.planner.function.ScalarFunction function, String shownName,
                                 List<RexNode> operands) {
        List<LogicalType> types = operands.stream().map(o -> isNull(o.getType()) ? LogicalType.ANY
                : KuzuTypes.toLogical(o.getType())).toList();
        LogicalType result = function.resultType(types);
        if (result == null) {
            throw noMatchingFunction(shownName, operands);
        }
        List<RexNode> typed = new ArrayList<>();
        for (RexNode operand : operands) {
            typed.add(isNull(operand.getType())
                    ? rexBuilder.makeNullLiteral(KuzuTypes.toRel(LogicalType.STRING)) : operand);
        }
        return rexBuilder.makeCall(KuzuTypes.toRel(result), new ScalarFunctionOperator(function, types), typed);
    }

    /** CAST(x AS type) and cast(x, 'type'). */
    private RexNode cast(RexNode operand, LogicalType target) {
        if (isNull(operand.getType())) {
            return rexBuilder.makeNullLiteral(KuzuTypes.toRel(target));
        }
        return rexBuilder.makeAbstractCast(KuzuTypes.toRel(target), operand, false);
    }

    private RexNode inputRef(int field) {
        return rexBuilder.makeInputRef(rowTypes.get(field), field);
    }

    private RexNode variable(Scope.Binding binding) {
        if (binding instanceof Scope.ValueBinding value) {
            return inputRef(value.field());
        }
        if (binding instanceof Scope.LambdaBinding parameter) {
            return new RexLambdaRef(parameter.parameter(), parameter.name(), KuzuTypes.toRel(parameter.type()));
        }
        if (binding instanceof Scope.PathBinding path) {
            List<RexNode> parts = path.elements().stream().map(this::variable).toList();
            return rexBuilder.makeCall(new PathValueFunction(parts.stream()
                    .map(part -> KuzuTypes.toLogical(part.getType())).toList()), parts);
        }
        if (binding instanceof Scope.MultiTableBinding multi) {
            return multiTableValue(multi);
        }
        return entityValue((Scope.EntityBinding) binding);
    }

    /**
     * A variable over several tables as a value: its packed ids, then per table its label and
     * properties, which only rows of that table show.
     */
    private RexNode multiTableValue(Scope.MultiTableBinding binding) {
        List<EntityValueFunction.Part> parts = new ArrayList<>();
        List<RexNode> operands = new ArrayList<>();
        boolean rel = binding.kind() == TypeId.REL;
        if (rel && binding.sourceField() < 0) {
            throw KuzuException.notImplemented("Returning a relationship matched without direction");
        }
        if (rel) {
            parts.add(EntityValueFunction.Part.internalId("_SRC", -1));
            operands.add(inputRef(binding.sourceField()));
            parts.add(EntityValueFunction.Part.internalId("_DST", -1));
            operands.add(inputRef(binding.destinationField()));
        }
        EntityValueFunction.Part id = EntityValueFunction.Part.internalId("_ID", -1);
        if (!rel) {
            parts.add(id);
            operands.add(inputRef(binding.idField()));
        }
        for (TableEntry table : binding.tables()) {
            parts.add(EntityValueFunction.Part.constant("_LABEL", table.name()).ownedBy(table.tableId()));
        }
        if (rel) {
            parts.add(id);
            operands.add(inputRef(binding.idField()));
        }
        List<String> names = new ArrayList<>(List.of("_ID", "_LABEL"));
        List<LogicalType> types = new ArrayList<>(List.of(LogicalType.INTERNAL_ID, LogicalType.STRING));
        binding.propertyFields().forEach((name, field) -> {
            names.add(name);
            types.add(KuzuTypes.toLogical(inputRef(field).getType()));
        });
        for (TableEntry table : binding.tables()) {
            for (Property property : table.properties()) {
                parts.add(EntityValueFunction.Part.column(property.name()).ownedBy(table.tableId()));
                operands.add(inputRef(binding.fieldOf(property.name()).orElseThrow()));
            }
        }
        LogicalType type = LogicalType.entity(binding.kind(), names, types);
        return rexBuilder.makeCall(new EntityValueFunction(type, parts), operands);
    }

    /** A node or rel variable as a value: its internal fields, then its properties. */
    private RexNode entityValue(Scope.EntityBinding binding) {
        List<EntityValueFunction.Part> parts = new ArrayList<>();
        List<RexNode> operands = new ArrayList<>();
        TypeId kind;
        if (binding instanceof Scope.RelBinding rel) {
            if (rel.sourceField() < 0) {
                throw KuzuException.notImplemented("Returning a relationship matched without direction");
            }
            kind = TypeId.REL;
            parts.add(EntityValueFunction.Part.internalId("_SRC", rel.sourceTableId()));
            operands.add(inputRef(rel.sourceField()));
            parts.add(EntityValueFunction.Part.internalId("_DST", rel.destinationTableId()));
            operands.add(inputRef(rel.destinationField()));
            parts.add(EntityValueFunction.Part.constant("_LABEL", rel.table().name()));
            parts.add(EntityValueFunction.Part.internalId("_ID", rel.table().tableId()));
        } else {
            kind = TypeId.NODE;
            parts.add(EntityValueFunction.Part.internalId("_ID", binding.table().tableId()));
        }
        operands.add(inputRef(binding.idField()));
        if (kind == TypeId.NODE) {
            parts.add(EntityValueFunction.Part.constant("_LABEL", binding.table().name()));
        }
        // The internal fields are ids and the label; then come the scanned properties.
        List<LogicalType> fieldTypes = new ArrayList<>(parts.stream()
                .map(part -> part.kind() == EntityValueFunction.Part.Kind.CONSTANT
                        ? LogicalType.STRING : LogicalType.INTERNAL_ID).toList());
        List<Property> properties = binding.table().properties();
        for (int i = 0; i < properties.size(); i++) {
            Integer field = binding.propertyFields().get(i);
            if (field != null) {
                parts.add(EntityValueFunction.Part.column(properties.get(i).name()));
                fieldTypes.add(properties.get(i).type());
                operands.add(inputRef(field));
            }
        }
        LogicalType type = LogicalType.entity(kind, parts.stream().map(EntityValueFunction.Part::name).toList(),
                fieldTypes);
        return rexBuilder.makeCall(new EntityValueFunction(type, parts), operands);
    }

    private RexNode property(Expression.Property property, Scope scope) {
        if (!(property.target() instanceof Expression.Variable variable)
                || scope.get(variable.name()) instanceof Scope.ValueBinding
                || scope.get(variable.name()) instanceof Scope.LambdaBinding) {
            return fieldOfValue(property, scope);
        }
        Scope.Binding binding = scope.get(variable.name());
        if (binding instanceof Scope.MultiTableBinding multi) {
            return inputRef(multi.fieldOf(property.name()).orElseThrow(() -> KuzuException.binder(
                    "Cannot find property " + property.name() + " for " + variable.name() + ".")));
        }
        if (!(binding instanceof Scope.EntityBinding entity)) {
            throw KuzuException.binder(variable.name() + " has data type "
                    + KuzuTypes.toLogical(variable(binding).getType()) + " but (NODE,REL,STRUCT,ANY) was expected.");
        }
        Integer field = entity.fieldOf(property.name()).orElseThrow(() -> KuzuException.binder(
                "Cannot find property " + property.name() + " for " + variable.name() + "."));
        return inputRef(field);
    }

    /** {@code x.name} where x is a node, rel or struct value (a list element, an UNWIND variable, a literal). */
    private RexNode fieldOfValue(Expression.Property property, Scope scope) {
        RexNode target = bind(property.target(), scope);
        LogicalType type = KuzuTypes.toLogical(target.getType());
        boolean hasFields = type.id() == TypeId.NODE || type.id() == TypeId.REL || type.id() == TypeId.STRUCT;
        if (!hasFields) {
            throw KuzuException.binder(KuzuExpressionNames.of(property.target()) + " has data type " + type
                    + " but (NODE,REL,STRUCT,ANY) was expected.");
        }
        if (type.fieldType(property.name()) == null) {
            throw KuzuException.binder(type.id() == TypeId.STRUCT
                    ? "Invalid struct field name: " + property.name() + "."
                    : "Cannot find property " + property.name() + " for " + KuzuExpressionNames.of(property.target())
                            + ".");
        }
        return functionCall(io.kuzujvm.planner.function.EntityFunctions.fieldOf(property.name()), "STRUCT_EXTRACT",
                List.of(target));
    }

    private RexNode operator(Expression.Operator operator, Scope scope) {
        List<RexNode> operands = new ArrayList<>();
        for (Expression operand : operator.operands()) {
            operands.add(bind(operand, scope));
        }
        String name = operator.name();
        return switch (name) {
            case "AND" -> logical(SqlStdOperatorTable.AND, operands, operator.operands());
            case "OR" -> logical(SqlStdOperatorTable.OR, operands, operator.operands());
            case "NOT" -> logical(SqlStdOperatorTable.NOT, operands, operator.operands());
            case "XOR" -> logical(SqlStdOperatorTable.NOT_EQUALS, operands, operator.operands());
            case "=" -> comparison(SqlStdOperatorTable.EQUALS, operands, "EQUALS");
            case "<>" -> comparison(SqlStdOperatorTable.NOT_EQUALS, operands, "NOT_EQUALS");
            case "<" -> comparison(SqlStdOperatorTable.LESS_THAN, operands, "LESS_THAN");
            case "<=" -> comparison(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, operands, "LESS_THAN_EQUALS");
            case ">" -> comparison(SqlStdOperatorTable.GREATER_THAN, operands, "GREATER_THAN");
            case ">=" -> comparison(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, operands, "GREATER_THAN_EQUALS");
            case "+" -> numericOrFunction(SqlStdOperatorTable.PLUS, operands, "ADD", "+");
            case "-" -> numericOrFunction(SqlStdOperatorTable.MINUS, operands, "SUBTRACT", "-");
            case "*" -> arithmetic(SqlStdOperatorTable.MULTIPLY, operands, "MULTIPLY");
            case "/" -> numericOrFunction(SqlStdOperatorTable.DIVIDE, operands, "DIVIDE", "/");
            case "%" -> arithmetic(SqlStdOperatorTable.MOD, operands, "MODULO");
            case "^" -> function(new Expression.FunctionCall("pow", false, operator.operands()), scope);
            case "NEG" -> arithmetic(SqlStdOperatorTable.UNARY_MINUS, operands, "NEGATE");
            case "STARTS_WITH" -> stringMatch(operands, "starts_with", "", "%");
            case "ENDS_WITH" -> stringMatch(operands, "ends_with", "%", "");
            case "CONTAINS" -> stringMatch(operands, "contains", "%", "%");
            case "IN" -> in(operands.get(0), operands.get(1));
            default -> throw KuzuException.notImplemented("Operator " + name);
        };
    }

    /**
     * STARTS WITH, ENDS WITH, CONTAINS: against a string literal a LIKE, which attached
     * databases evaluate themselves (it is pushed into their SQL); else the function.
     */
    private RexNode stringMatch(List<RexNode> operands, String function, String before, String after) {
        if (operands.get(1) instanceof RexLiteral literal && !literal.isNull()
                && SqlTypeUtil.inCharFamily(literal.getType()) && SqlTypeUtil.inCharFamily(operands.get(0).getType())) {
            String escaped = literal.getValueAs(String.class).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            return rexBuilder.makeCall(SqlStdOperatorTable.LIKE, operands.get(0),
                    literal(before + escaped + after), literal("\\"));
        }
        return functionCall(io.kuzujvm.planner.function.ScalarFunctions.find(function).orElseThrow(),
                function.toUpperCase(java.util.Locale.ROOT), operands);
    }

    /** x IN list: against a list of non-null literals a disjunction of equalities, else list_contains. */
    private RexNode in(RexNode value, RexNode list) {
        if (list instanceof RexCall call && call.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR
                && !call.getOperands().isEmpty() && call.getOperands().stream().allMatch(e -> e instanceof RexLiteral l && !l.isNull())) {
            List<RexNode> equalities = new ArrayList<>();
            for (RexNode element : call.getOperands()) {
                equalities.add(comparison(SqlStdOperatorTable.EQUALS, List.of(value, element), "EQUALS"));
            }
            return equalities.size() == 1 ? equalities.get(0) : rexBuilder.makeCall(SqlStdOperatorTable.OR, equalities);
        }
        return functionCall(io.kuzujvm.planner.function.ScalarFunctions.find("list_contains").orElseThrow(),
                "IN", List.of(list, value));
    }

    private RexNode logical(SqlOperator op, List<RexNode> operands, List<Expression> sources) {
        List<RexNode> casted = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            RexNode operand = operands.get(i);
            SqlTypeName type = operand.getType().getSqlTypeName();
            if (type != SqlTypeName.BOOLEAN && type != SqlTypeName.NULL) {
                throw KuzuException.binder("Expression " + KuzuExpressionNames.of(sources.get(i)) + " has data type "
                        + KuzuTypes.toLogical(operand.getType()) + " but expected BOOL. Implicit cast is not supported.");
            }
            casted.add(type == SqlTypeName.NULL ? rexBuilder.makeNullLiteral(booleanType()) : operand);
        }
        return rexBuilder.makeCall(op, casted);
    }

    private RexNode comparison(SqlOperator op, List<RexNode> given, String kuzuName) {
        List<RexNode> operands = castDateToTimestamp(castStringToOther(given));
        RelDataType left = operands.get(0).getType();
        RelDataType right = operands.get(1).getType();
        boolean comparable = isNull(left) || isNull(right)
                || (SqlTypeUtil.isNumeric(left) && SqlTypeUtil.isNumeric(right))
                || left.getFamily() == right.getFamily();
        if (!comparable) {
            throw noMatchingFunction(kuzuName, operands);
        }
        return rexBuilder.makeCall(op, operands);
    }

    /** Arithmetic on numbers; on other types the operator's function overloads (+ of lists, - of dates, ...). */
    private RexNode numericOrFunction(SqlOperator op, List<RexNode> operands, String kuzuName, String function) {
        boolean numeric = operands.stream().allMatch(o -> SqlTypeUtil.isNumeric(o.getType()) || isNull(o.getType()));
        return numeric ? arithmetic(op, operands, kuzuName)
                : functionCall(io.kuzujvm.planner.function.ScalarFunctions.find(function).orElseThrow(), kuzuName, operands);
    }

    /** Kùzu casts a STRING compared with a value of another type (column0 = "3") to that type. */
    private List<RexNode> castStringToOther(List<RexNode> operands) {
        RelDataType left = operands.get(0).getType();
        RelDataType right = operands.get(1).getType();
        if (isString(left) && !isString(right) && !isNull(right)) {
            return List.of(cast(operands.get(0), KuzuTypes.toLogical(right)), operands.get(1));
        }
        if (isString(right) && !isString(left) && !isNull(left)) {
            return List.of(operands.get(0), cast(operands.get(1), KuzuTypes.toLogical(left)));
        }
        return operands;
    }

    /** Kùzu compares a DATE with a timestamp as the timestamp of the date's midnight. */
    private List<RexNode> castDateToTimestamp(List<RexNode> operands) {
        LogicalType left = isNull(operands.get(0).getType()) ? LogicalType.ANY : KuzuTypes.toLogical(operands.get(0).getType());
        LogicalType right = isNull(operands.get(1).getType()) ? LogicalType.ANY : KuzuTypes.toLogical(operands.get(1).getType());
        if (left.id() == TypeId.DATE && right.isTimestamp()) {
            return List.of(cast(operands.get(0), right), operands.get(1));
        }
        if (right.id() == TypeId.DATE && left.isTimestamp()) {
            return List.of(operands.get(0), cast(operands.get(1), left));
        }
        return operands;
    }

    private static boolean isString(RelDataType type) {
        return SqlTypeUtil.isCharacter(type) && KuzuTypes.toLogical(type).id() == TypeId.STRING;
    }

    private RexNode arithmetic(SqlOperator op, List<RexNode> operands, String kuzuName) {
        for (RexNode operand : operands) {
            if (!SqlTypeUtil.isNumeric(operand.getType()) && !isNull(operand.getType())) {
                throw noMatchingFunction(kuzuName, operands);
            }
        }
        return rexBuilder.makeCall(op, operands);
    }

    private static boolean isEmptyList(Expression expression) {
        return expression instanceof Expression.ListLiteral list && list.elements().isEmpty();
    }

    private static boolean isNull(RelDataType type) {
        return type.getSqlTypeName() == SqlTypeName.NULL;
    }

    private RelDataType booleanType() {
        return rexBuilder.getTypeFactory().createTypeWithNullability(
                rexBuilder.getTypeFactory().createSqlType(SqlTypeName.BOOLEAN), true);
    }

    private static KuzuException noMatchingFunction(String name, List<RexNode> operands) {
        List<String> types = operands.stream().map(o -> KuzuTypes.toLogical(o.getType()).toString()).toList();
        return KuzuException.binder("Cannot match a built-in function for given function " + name + "("
                + String.join(",", types) + ").");
    }

    /**
     * A typed literal for a Java value, with Kùzu's literal types (integers are INT64).
     * Values Calcite has literals for become literals; the others (UUID, INTERVAL,
     * TIMESTAMP_TZ, nested values, ...) become a cast of their Kùzu text to their type.
     */
    public RexNode literal(Object value) {
        if (value == null) {
            return rexBuilder.makeNullLiteral(rexBuilder.getTypeFactory().createSqlType(SqlTypeName.NULL));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return rexBuilder.makeLiteral(((Number) value).longValue(), KuzuTypes.toRel(LogicalType.INT64));
        }
        if (value instanceof Double || value instanceof Float) {
            return rexBuilder.makeApproxLiteral(BigDecimal.valueOf(((Number) value).doubleValue()),
                    KuzuTypes.toRel(LogicalType.DOUBLE));
        }
        if (value instanceof String s) {
            return rexBuilder.makeLiteral(s, KuzuTypes.toRel(LogicalType.STRING));
        }
        if (value instanceof Boolean b) {
            return rexBuilder.makeLiteral(b);
        }
        if (value instanceof BigDecimal decimal) {
            int precision = Math.max(decimal.precision(), decimal.scale() + 1);
            return rexBuilder.makeExactLiteral(decimal,
                    KuzuTypes.toRel(LogicalType.decimal(Math.min(precision, 38), decimal.scale())));
        }
        if (value instanceof BigInteger integer) {
            LogicalType type = integer.bitLength() < 64 ? LogicalType.INT64
                    : integer.signum() > 0 && integer.bitLength() == 64 ? LogicalType.UINT64 : LogicalType.INT128;
            return type == LogicalType.INT64 ? literal(integer.longValue())
                    : rexBuilder.makeLiteral(new BigDecimal(integer), KuzuTypes.toRel(type));
        }
        if (value instanceof byte[] bytes) {
            return rexBuilder.makeLiteral(new ByteString(bytes), KuzuTypes.toRel(LogicalType.BLOB));
        }
        if (value instanceof LocalDate date) {
            return rexBuilder.makeDateLiteral(new DateString(date.toString()));
        }
        if (value instanceof LocalDateTime timestamp) {
            TimestampString text = new TimestampString(timestamp.getYear(), timestamp.getMonthValue(),
                    timestamp.getDayOfMonth(), timestamp.getHour(), timestamp.getMinute(), timestamp.getSecond())
                    .withNanos(timestamp.getNano());
            return rexBuilder.makeTimestampLiteral(text, KuzuTypes.TIMESTAMP_PRECISION);
        }
        LogicalType type = typeOfValue(value);
        return rexBuilder.makeAbstractCast(KuzuTypes.toRel(type),
                rexBuilder.makeLiteral(ValueFormatter.format(value, type), KuzuTypes.toRel(LogicalType.STRING)), false);
    }

    /** The Kùzu type of a parameter value without a Calcite literal, from its Java class. */
    private static LogicalType typeOfValue(Object value) {
        if (value instanceof UUID) {
            return LogicalType.UUID;
        }
        if (value instanceof Interval) {
            return LogicalType.INTERVAL;
        }
        if (value instanceof OffsetDateTime) {
            return LogicalType.TIMESTAMP_TZ;
        }
        if (value instanceof List<?> list) {
            return LogicalType.list(list.isEmpty() || list.get(0) == null ? LogicalType.STRING
                    : typeOfElement(list.get(0)));
        }
        if (value instanceof StructValue struct) {
            return LogicalType.struct(struct.names(), struct.values().stream().map(v -> v == null
                    ? LogicalType.STRING : typeOfElement(v)).toList());
        }
        if (value instanceof MapValue map) {
            return map.keys().isEmpty() ? LogicalType.map(LogicalType.STRING, LogicalType.STRING)
                    : LogicalType.map(typeOfElement(map.keys().get(0)), map.values().get(0) == null
                            ? LogicalType.STRING : typeOfElement(map.values().get(0)));
        }
        throw KuzuException.notImplemented("Literal of Java type " + value.getClass().getSimpleName());
    }

    private static LogicalType typeOfElement(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return LogicalType.INT64;
        }
        if (value instanceof Double || value instanceof Float) {
            return LogicalType.DOUBLE;
        }
        if (value instanceof String) {
            return LogicalType.STRING;
        }
        if (value instanceof Boolean) {
            return LogicalType.BOOL;
        }
        if (value instanceof BigDecimal decimal) {
            return LogicalType.decimal(Math.min(38, Math.max(decimal.precision(), decimal.scale() + 1)), decimal.scale());
        }
        if (value instanceof LocalDate) {
            return LogicalType.DATE;
        }
        if (value instanceof LocalDateTime) {
            return LogicalType.TIMESTAMP;
        }
        if (value instanceof byte[]) {
            return LogicalType.BLOB;
        }
        return typeOfValue(value);
    }
}
