package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Optional;

/** The clauses of a query. */
public sealed interface Clause {

    /** Whether the clause changes the database (CREATE, MERGE, SET, DELETE). */
    default boolean updates() {
        return false;
    }

    record Match(List<PatternPart> pattern, Optional<Expression> where, boolean optional) implements Clause {
    }

    record Unwind(Expression expression, String alias) implements Clause {
    }

    /** CREATE of the nodes and rels of a pattern, once per row. */
    record Create(List<PatternPart> pattern) implements Clause {
        @Override
        public boolean updates() {
            return true;
        }
    }

    /** MERGE: match the pattern, or create it; then the SET items of the case that happened. */
    record Merge(List<PatternPart> pattern, List<SetItem> onMatch, List<SetItem> onCreate) implements Clause {
        @Override
        public boolean updates() {
            return true;
        }
    }

    record Set(List<SetItem> items) implements Clause {
        @Override
        public boolean updates() {
            return true;
        }
    }

    /** {@code variable.property = value}. */
    record SetItem(String variable, String property, Expression value) {
    }

    /** DELETE (or DETACH DELETE) of the node or rel each expression names. */
    record Delete(List<Expression> targets, boolean detach) implements Clause {
        @Override
        public boolean updates() {
            return true;
        }
    }

    record LoadFrom(LoadSource source, Optional<Expression> where) implements Clause {
    }

    /** CALL f(...) [WHERE on its columns] [YIELD ... [WHERE on the yielded names]]. */
    record Call(Expression.FunctionCall function, Optional<Expression> filter, List<YieldItem> yieldItems,
                Optional<Expression> where) implements Clause {
    }

    /** WITH (a projection that continues the query) and RETURN share this shape. */
    record Projection(boolean distinct, boolean star, List<ProjectionItem> items, List<SortItem> orderBy,
                      Optional<Expression> skip, Optional<Expression> limit, Optional<Expression> where,
                      boolean isWith) implements Clause {
    }

    record YieldItem(String column, Optional<String> alias) {
    }

    /** One projected column: an expression with its output name, or {@code var.*}. */
    sealed interface ProjectionItem {
    }

    record ExpressionItem(Expression expression, String name, boolean aliased) implements ProjectionItem {
    }

    record PropertyStarItem(String variable) implements ProjectionItem {
    }

    record SortItem(Expression expression, boolean ascending) {
    }

    /** The source of LOAD FROM. */
    sealed interface LoadSource {
    }

    /**
     * Files to scan. {@code columns} are the names and types of LOAD WITH HEADERS (name TYPE, ...):
     * empty when the columns are to be detected.
     */
    record FileSource(List<String> paths, java.util.Map<String, Expression> options, List<HeaderColumn> columns)
            implements LoadSource {
        public FileSource(List<String> paths, java.util.Map<String, Expression> options) {
            this(paths, options, List.of());
        }
    }

    /** A column given by LOAD WITH HEADERS: its name and the text of its type. */
    record HeaderColumn(String name, String type) {
    }

    record TableSource(Optional<String> database, String table) implements LoadSource {
    }
}
