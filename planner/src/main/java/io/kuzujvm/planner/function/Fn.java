package io.kuzujvm.planner.function;

import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A stateless scalar function built from a type rule and an implementation, under one or
 * more names; the function families (string, numeric, list, temporal, ...) declare theirs with it.
 */
final class Fn implements ScalarFunction {

    private final List<String> names;
    private final Function<List<LogicalType>, LogicalType> typeRule;
    private final Function<List<LogicalType>, Function<Object[], Object>> factory;
    private final boolean acceptsNulls;

    private Fn(List<String> names, Function<List<LogicalType>, LogicalType> typeRule,
               Function<List<LogicalType>, Function<Object[], Object>> factory, boolean acceptsNulls) {
        this.names = names;
        this.typeRule = typeRule;
        this.factory = factory;
        this.acceptsNulls = acceptsNulls;
    }

    /** A function whose implementation does not depend on its argument types. */
    static Fn fn(String names, Function<List<LogicalType>, LogicalType> typeRule, Function<Object[], Object> body) {
        return typed(names, typeRule, types -> body);
    }

    /** A function whose implementation is chosen by its argument types; names are separated by commas. */
    static Fn typed(String names, Function<List<LogicalType>, LogicalType> typeRule,
                    Function<List<LogicalType>, Function<Object[], Object>> factory) {
        return new Fn(List.of(names.split(",")), typeRule, factory, false);
    }

    /** The same function, seeing null arguments instead of returning null for them. */
    Fn acceptingNulls() {
        return new Fn(names, typeRule, factory, true);
    }

    /** The same function (accepting nulls), giving null when its first argument is null. */
    Fn nullIfFirstNull() {
        return new Fn(names, typeRule, types -> {
            Function<Object[], Object> body = factory.apply(types);
            return a -> a[0] == null ? null : body.apply(a);
        }, acceptsNulls);
    }

    List<String> names() {
        return names;
    }

    @Override
    public String name() {
        return names.get(0);
    }

    @Override
    public LogicalType resultType(List<LogicalType> argumentTypes) {
        return typeRule.apply(argumentTypes);
    }

    @Override
    public Function<Object[], Object> implementation(Database database, List<LogicalType> argumentTypes) {
        return factory.apply(argumentTypes);
    }

    @Override
    public boolean acceptsNulls() {
        return acceptsNulls;
    }

    // ---- type rules ----

    /** Exactly these argument kinds, giving {@code result}. */
    @SafeVarargs
    static Function<List<LogicalType>, LogicalType> args(LogicalType result, Predicate<LogicalType>... kinds) {
        return types -> matches(types, kinds) ? result : null;
    }

    /** Exactly these argument kinds, giving a type computed from the arguments'. */
    @SafeVarargs
    static Function<List<LogicalType>, LogicalType> args(Function<List<LogicalType>, LogicalType> result,
                                                         Predicate<LogicalType>... kinds) {
        return types -> matches(types, kinds) ? result.apply(types) : null;
    }

    private static boolean matches(List<LogicalType> types, Predicate<LogicalType>[] kinds) {
        if (types.size() != kinds.length) {
            return false;
        }
        for (int i = 0; i < kinds.length; i++) {
            if (!kinds[i].test(types.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAny(LogicalType type) {
        return type.id() == TypeId.ANY;
    }

    static final Predicate<LogicalType> ANY = type -> true;
    static final Predicate<LogicalType> STRING = type -> type.id() == TypeId.STRING || isAny(type);
    static final Predicate<LogicalType> NUMBER = type -> type.isNumeric() || isAny(type);
    static final Predicate<LogicalType> INTEGER = type -> type.isInteger() || isAny(type);
    static final Predicate<LogicalType> BOOL = type -> type.id() == TypeId.BOOL || isAny(type);
    static final Predicate<LogicalType> LIST = type -> type.id() == TypeId.LIST || type.id() == TypeId.ARRAY
            || isAny(type);
    static final Predicate<LogicalType> DATE = type -> type.id() == TypeId.DATE || isAny(type);
    static final Predicate<LogicalType> TIMESTAMP = type -> type.isTimestamp() || isAny(type);
    static final Predicate<LogicalType> DATE_OR_TIMESTAMP = DATE.or(TIMESTAMP);
    static final Predicate<LogicalType> INTERVAL = type -> type.id() == TypeId.INTERVAL || isAny(type);
}
