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

    /** CREATE REL TABLE; options are those of WITH (...), e.g. storage_direction. */
    record CreateRelTable(String name, boolean ifNotExists, List<FromTo> connections, List<ColumnDefinition> columns,
                          Optional<String> multiplicity, Map<String, Expression> options) implements Statement {
    }

    /** CREATE NODE TABLE t AS query: the query's columns are the properties (the first the key), its rows the nodes. */
    record CreateNodeTableAs(String name, boolean ifNotExists, Query query) implements Statement {
    }

    /** CREATE REL TABLE t (FROM a TO b) AS query: the query gives each rel's two keys, then its properties. */
    record CreateRelTableAs(String name, boolean ifNotExists, List<FromTo> connections, Query query)
            implements Statement {
    }

    record DropTable(String name, boolean ifExists) implements Statement {
    }

    /** ALTER TABLE t ADD [IF NOT EXISTS] column. */
    record AddProperty(String table, boolean ifNotExists, ColumnDefinition column) implements Statement {
    }

    /** ALTER TABLE t DROP [IF EXISTS] column. */
    record DropProperty(String table, boolean ifExists, String property) implements Statement {
    }

    /** ALTER TABLE t RENAME TO t2. */
    record RenameTable(String table, String newName) implements Statement {
    }

    /** ALTER TABLE t RENAME column TO column2. */
    record RenameProperty(String table, String property, String newName) implements Statement {
    }

    /** ALTER TABLE rel ADD [IF NOT EXISTS] FROM a TO b. */
    record AddFromTo(String table, boolean ifNotExists, FromTo connection) implements Statement {
    }

    /** ALTER TABLE rel DROP [IF EXISTS] FROM a TO b. */
    record DropFromTo(String table, boolean ifExists, FromTo connection) implements Statement {
    }

    /**
     * CREATE SEQUENCE; each option is absent when not given, and a NO MINVALUE / NO
     * MAXVALUE is as absent. Values are as written (range-checked by the binder).
     */
    record CreateSequence(String name, boolean ifNotExists, Optional<java.math.BigInteger> increment,
                          Optional<java.math.BigInteger> minValue, Optional<java.math.BigInteger> maxValue,
                          Optional<java.math.BigInteger> start, boolean cycle) implements Statement {
    }

    record DropSequence(String name, boolean ifExists) implements Statement {
    }

    /** CREATE MACRO name(parameters) AS body. */
    record CreateMacro(String name, List<MacroParameter> parameters, Expression body) implements Statement {
    }

    /** A macro parameter and its default value, if it has one (name := expression). */
    record MacroParameter(String name, Optional<Expression> defaultValue) {
    }

    record DropMacro(String name, boolean ifExists) implements Statement {
    }

    /** COMMENT ON TABLE t IS 'text'. */
    record CommentOnTable(String table, String comment) implements Statement {
    }

    /** One FROM a TO b pair of a rel table. */
    record FromTo(String from, String to) {
    }

    record CopyFrom(String table, List<String> columns, CopySource source, Map<String, Expression> options)
            implements Statement {
    }

    /** COPY (query) TO 'file' (options): writes the query's rows to a file. */
    record CopyTo(Query query, String path, Map<String, Expression> options) implements Statement {
    }

    /** EXPORT DATABASE 'dir' (options): the schema, the data and the statements that load them back. */
    record ExportDatabase(String directory, Map<String, Expression> options) implements Statement {
    }

    /** IMPORT DATABASE 'dir': runs an exported directory's statements on this database. */
    record ImportDatabase(String directory) implements Statement {
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

    /** BEGIN TRANSACTION [READ ONLY]: starts an explicit transaction in the session. */
    record BeginTransaction(boolean readOnly) implements Statement {
    }

    /** COMMIT: ends the session's explicit transaction, making its changes durable and visible. */
    record Commit() implements Statement {
    }

    /** ROLLBACK: ends the session's explicit transaction, discarding its changes. */
    record Rollback() implements Statement {
    }

    /** Statements the grammar knows but the engine does not run yet (named for the error). */
    record Unsupported(String feature) implements Statement {
    }

    /** A column in CREATE NODE/REL TABLE. */
    record ColumnDefinition(String name, String typeName, Optional<Expression> defaultValue, boolean primaryKey,
                            Optional<String> defaultText) {

        public ColumnDefinition(String name, String typeName, Optional<Expression> defaultValue,
                                boolean primaryKey) {
            this(name, typeName, defaultValue, primaryKey, Optional.empty());
        }
    }
}
