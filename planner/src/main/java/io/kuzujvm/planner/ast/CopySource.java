package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Optional;

/** Where COPY ... FROM reads rows. */
public sealed interface CopySource {

    record FromQuery(Statement.Query query) implements CopySource {
    }

    record FromFiles(List<String> paths) implements CopySource {
    }

    /** {@code COPY T FROM ('a.npy', 'b.npy') BY COLUMN}: each file fills one column. */
    record FromColumnFiles(List<String> paths) implements CopySource {
    }

    /** {@code COPY T FROM alias.table} or a bare table name. */
    record FromTable(Optional<String> database, String table) implements CopySource {
    }

    record FromFunction(Expression.FunctionCall call) implements CopySource {
    }
}
