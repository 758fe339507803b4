package io.kuzujvm.planner.ast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed statement. Each kind is a record; the text is kept for error messages. */
public sealed interface Statement {

    /** EXPLAIN: plan the inner statement and show the plan instead of running it. */
    record Explain(Statement inner) implements Statement {
    }

    /** A reading query (MATCH / LOAD FROM / CALL ... RETURN), possibly a UNION. */
    record Query(List<SingleQuery> parts, List<Boolean> unionAll) implements Statement {
    }

    record CreateNodeTable(String name, boolean ifNotExists, List<ColumnDefinition> columns,
                           Optional<String> primaryKey) implements Statement {
    }

    record CreateRelTable(String name, boolean ifNotExists, List<FromTo> connections, List<ColumnDefinition> columns,
                          Optional<String> multiplicity) implements Statement {
    }

    record DropTable(String name, boolean ifExists) implements Statement {
    }

    /** One FROM a TO b pair of a rel table. */
    record FromTo(String from, String to) {
    }

    record CopyFrom(String table, List<String> columns, CopySource source, Map<String, Expression> options)
            implements Statement {
    }

    record Attach(String connectionString, Optional<String> alias, Map<String, Expression> options)
            implements Statement {
    }

    record Detach(String alias) implements Statement {
    }

    record Use(String alias) implements Statement {
    }

    /** CALL option = value. */
    record SetOption(String name, Expression value) implements Statement {
    }

    record InstallExtension(String name) implements Statement {
    }

    record LoadExtension(String name) implements Statement {
    }

    /** CHECKPOINT: write the committed state to new data files and start an empty log. */
    record Checkpoint() implements Statement {
    }

    /** Statements the grammar knows but the engine does not run yet (named for the error). */
    record Unsupported(String feature) implements Statement {
    }

    /** A column in CREATE NODE/REL TABLE. */
    record ColumnDefinition(String name, String typeName, Optional<Expression> defaultValue, boolean primaryKey) {
    }
}
