package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.PhysicalOperator;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.WriteTransaction;
import io.kuzujvm.engine.processor.ValuesOperator;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.export.DatabaseExporter;
import io.kuzujvm.planner.export.DatabaseImporter;
import io.kuzujvm.planner.export.OptionValues;
import io.kuzujvm.planner.export.QueryRowsFile;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.logical.LogicalPlan;
import io.kuzujvm.planner.logical.PlanContext;
import io.kuzujvm.planner.logical.QueryPlanner;
import io.kuzujvm.planner.lower.PlanLowering;
import io.kuzujvm.planner.parser.StatementParser;
import io.kuzujvm.planner.rules.PlanOptimizer;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One client's conversation with a database (a JDBC connection): runs Cypher
 * statements and keeps per-session state such as the default attached database (USE).
 */
public final class Session implements AutoCloseable {

    private final GraphDatabase database;
    private final StatementParser parser = new StatementParser();
    private final PlanOptimizer optimizer = new PlanOptimizer();
    private Optional<String> defaultDatabase = Optional.empty();
    private boolean readOnly;
    private final TransactionContext transaction;

    Session(GraphDatabase database) {
        this.database = database;
        this.transaction = new TransactionContext(database.engine());
    }

    /** Whether an explicit transaction (BEGIN TRANSACTION ...) is open in this session. */
    public boolean inTransaction() {
        return transaction.active();
    }

    /** Starts an explicit transaction, as BEGIN TRANSACTION [READ ONLY] does. */
    public void beginTransaction(boolean readOnlyTransaction) {
        if (!transaction.active() && !readOnlyTransaction) {
            checkWritable();
        }
        transaction.begin(readOnlyTransaction);
    }

    /** Commits the explicit transaction, as COMMIT does. */
    public void commit() {
        transaction.commit();
    }

    /** Rolls the explicit transaction back, as ROLLBACK does. */
    public void rollback() {
        transaction.rollback();
    }

    /**
     * Makes the session refuse every write (a read-only connection to a database other
     * connections write to), with Kùzu's read-only error.
     */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public boolean isReadOnly() {
        return readOnly || database.engine().isReadOnly();
    }

    /** Runs one or more statements separated by ';' and returns the result of the last. */
    public QueryResult execute(String cypher) {
        return execute(cypher, Map.of());
    }

    /**
     * Runs statements with named parameter values ($name in the query); values are Java
     * objects (String, Long/Integer/Short/Byte, Double/Float, Boolean).
     */
    public QueryResult execute(String cypher, Map<String, Object> parameters) {
        List<StatementParser.ParsedStatement> statements = parser.parse(cypher);
        if (statements.isEmpty()) {
            throw new KuzuException(KuzuException.Kind.PARSER, "The query is empty.");
        }
        List<QueryResult> earlier = new ArrayList<>();
        QueryResult result = null;
        for (StatementParser.ParsedStatement parsed : statements) {
            if (result != null) {
                earlier.add(QueryResult.readToEnd(result));
            }
            result = execute(parsed.statement(), parameters);
        }
        return result.withEarlierResults(earlier);
    }

    private QueryResult execute(Statement statement, Map<String, Object> parameters) {
        if (statement instanceof Statement.BeginTransaction begin) {
            beginTransaction(begin.readOnly());
            return QueryResult.empty();
        }
        if (statement instanceof Statement.Commit) {
            commit();
            return QueryResult.empty();
        }
        if (statement instanceof Statement.Rollback) {
            rollback();
            return QueryResult.empty();
        }
        if (!transaction.active()) {
            return executeStatement(statement, parameters);
        }
        if (statement instanceof Statement.Checkpoint) {
            transaction.rollbackQuietly();
            throw TransactionContext.error(TransactionContext.CHECKPOINT_ERROR);
        }
        if (transaction.isReadOnly() && !readsOnly(statement)) {
            throw TransactionContext.error(TransactionContext.READ_ONLY_WRITE_ERROR);
        }
        // A statement of the explicit transaction sees it (its changes, or its snapshot);
        // an error rolls the whole transaction back, as in Kùzu.
        try (Database.Pin pin = transaction.pin()) {
            return executeStatement(statement, parameters);
        } catch (RuntimeException e) {
            transaction.rollbackQuietly();
            throw e;
        }
    }

    /** Statements a read-only transaction may run. */
    private boolean readsOnly(Statement statement) {
        if (statement instanceof Statement.Query || statement instanceof Statement.CopyFrom) {
            return !StatementEffects.writes(statement);
        }
        return statement instanceof Statement.Explain
                || statement instanceof Statement.CopyTo
                || statement instanceof Statement.ExportDatabase
                || statement instanceof Statement.Use
                || statement instanceof Statement.SetOption
                || statement instanceof Statement.Attach
                || statement instanceof Statement.Detach
                || statement instanceof Statement.InstallExtension
                || statement instanceof Statement.LoadExtension;
    }

    /**
     * Pins the latest committed snapshot for a reader in auto-commit mode; inside an explicit
     * transaction the statement already sees the transaction.
     */
    private Database.Pin readPin() {
        if (transaction.active()) {
            return () -> { };
        }
        return database.engine().pin(database.engine().snapshot());
    }

    private QueryResult executeStatement(Statement statement, Map<String, Object> parameters) {
        if (statement instanceof Statement.Query || statement instanceof Statement.CopyFrom) {
            if (!StatementEffects.writes(statement)) {
                if (transaction.isWrite()) {
                    // Inside a write transaction a read runs now, while it sees the transaction's changes.
                    Planned planned = plan(statement, parameters);
                    return QueryResult.materialize(planned.plan().columnNames(), planned.physical());
                }
                // A reader plans against its snapshot and keeps it while it runs.
                Planned planned;
                try (Database.Pin pin = readPin()) {
                    planned = plan(statement, parameters);
                }
                return new QueryResult(planned.plan().columnNames(), planned.physical(), () -> { });
            }
            // A write is planned and run to its end under the lock, on the latest committed state.
            return runWrite(() -> {
                Planned write = plan(statement, parameters);
                return QueryResult.materialize(write.plan().columnNames(), write.physical());
            });
        }
        if (statement instanceof Statement.Explain explain) {
            return explain(explain.inner(), parameters);
        }
        if (statement instanceof Statement.CopyTo copyTo) {
            QueryRowsFile.write(() -> executeStatement(copyTo.query(), parameters), copyTo.path(),
                    OptionValues.of(copyTo.options()));
            return QueryResult.empty();
        }
        if (statement instanceof Statement.ExportDatabase export) {
            new DatabaseExporter(database.engine().catalog(),
                    query -> executeStatement(parser.parse(query).get(0).statement(), Map.of()))
                    .export(export.directory(), OptionValues.of(export.options()));
            return QueryResult.message("Exported database successfully.");
        }
        if (statement instanceof Statement.ImportDatabase importDatabase) {
            new DatabaseImporter(imported -> execute(imported, Map.of()).close()).importFrom(importDatabase.directory());
            return QueryResult.message("Imported database successfully.");
        }
        if (SchemaStatements.handles(statement)) {
            return runWrite(() -> QueryResult.message(schema().run(statement)));
        }
        if (statement instanceof Statement.Attach attach) {
            return QueryResult.message(attach(attach));
        }
        if (statement instanceof Statement.Detach detach) {
            database.attachedDatabases().detach(detach.alias());
            if (defaultDatabase.filter(d -> d.equalsIgnoreCase(detach.alias())).isPresent()) {
                defaultDatabase = Optional.empty();
            }
            return QueryResult.message("Detached database successfully.");
        }
        if (statement instanceof Statement.SetOption option) {
            if (!(option.value() instanceof Expression.Literal literal)) {
                throw KuzuException.binder("The value of option " + option.name() + " must be a literal.");
            }
            database.settings().set(option.name(), literal.value());
            return new QueryResult(List.of(), new ValuesOperator(List.of(), List.of(), "SetOption"), () -> { });
        }
        if (statement instanceof Statement.Use use) {
            database.attachedDatabases().get(use.alias());
            defaultDatabase = Optional.of(use.alias());
            return QueryResult.message("Used database successfully.");
        }
        if (statement instanceof Statement.InstallExtension install) {
            database.extensionNamed(install.name());
            return QueryResult.message("Extension: " + install.name() + " is built in; nothing to install.");
        }
        if (statement instanceof Statement.LoadExtension load) {
            database.extensionNamed(load.name());
            return QueryResult.message("Extension: " + load.name() + " has been loaded.");
        }
        if (statement instanceof Statement.CreateNodeTableAs create) {
            return runWrite(() -> createTableAs(create.name(), create.ifNotExists(), create.query(),
                    (names, types) -> TableAsQuery.nodeTable(create, names, types)));
        }
        if (statement instanceof Statement.CreateRelTableAs create) {
            return runWrite(() -> createTableAs(create.name(), create.ifNotExists(), create.query(),
                    (names, types) -> TableAsQuery.relTable(create, names, types)));
        }
        if (statement instanceof Statement.Checkpoint) {
            checkWritable();
            database.engine().checkpoint();
            return QueryResult.empty();
        }
        if (statement instanceof Statement.Unsupported unsupported) {
            throw KuzuException.notImplemented(unsupported.feature());
        }
        throw new IllegalStateException("Unhandled statement " + statement);
    }


    /** CREATE ... TABLE name AS query: creates the table the query's columns describe, then copies its rows. */
    private QueryResult createTableAs(String name, boolean ifNotExists, Statement.Query query,
                                      BiFunction<List<String>, List<LogicalType>, Statement> definition) {
        if (database.engine().catalog().contains(name)) {
            if (ifNotExists) {
                return QueryResult.message("Table " + name + " already exists.");
            }
            throw KuzuException.binder(name + " already exists in catalog.");
        }
        Planned planned = plan(query, Map.of());
        planned.physical().close();
        Statement create = definition.apply(planned.plan().columnNames(), planned.physical().outputTypes());
        TableCreator creator = new TableCreator(database.engine(), schema());
        String created = create instanceof Statement.CreateNodeTable node ? creator.createNodeTable(node)
                : creator.createRelTable((Statement.CreateRelTable) create);
        Planned copy = plan(new Statement.CopyFrom(name, List.of(), new CopySource.FromQuery(query), Map.of()),
                Map.of());
        QueryResult.materialize(copy.plan().columnNames(), copy.physical()).close();
        return QueryResult.message(created);
    }

    /** A planned statement: the optimized logical tree and its engine operators. */
    private record Planned(LogicalPlan plan, PhysicalOperator physical) {
    }

    private Planned plan(Statement statement, Map<String, Object> parameters) {
        PlanContext context = new PlanContext();
        QueryPlanner planner = new QueryPlanner(database, defaultDatabase, parameters, context);
        LogicalPlan plan;
        if (statement instanceof Statement.Query query) {
            plan = planner.planQuery(query);
        } else if (statement instanceof Statement.CopyFrom copy) {
            plan = planner.planCopy(copy);
        } else {
            throw KuzuException.notImplemented("EXPLAIN of this statement");
        }
        List<AttachedDatabase> attached = database.attachedDatabases().list();
        RelNode optimized = optimizer.optimize(plan.root(), attached);
        PhysicalOperator physical = new PlanLowering(database.engine(), attached).lower(optimized);
        return new Planned(plan.withRoot(optimized), physical);
    }

    private SchemaStatements schema() {
        return new SchemaStatements(database.engine(), new SchemaStatements.Evaluator() {
            @Override
            public LogicalType typeOf(String expression) {
                Planned planned = plan(parser.parse("RETURN " + expression).get(0).statement(), Map.of());
                planned.physical().close();
                return planned.physical().outputTypes().get(0);
            }

            @Override
            public Object[] evaluate(String expression) {
                Planned planned = plan(parser.parse("RETURN " + expression).get(0).statement(), Map.of());
                try (PhysicalOperator root = planned.physical()) {
                    DataChunk chunk = root.next();
                    int[] positions = chunk == null ? new int[0] : chunk.selection().toArray();
                    Object value = positions.length == 0 ? null : chunk.vector(0).getValue(positions[0]);
                    return new Object[] {value, root.outputTypes().get(0)};
                }
            }
        });
    }

    private QueryResult explain(Statement inner, Map<String, Object> parameters) {
        Planned planned;
        try (Database.Pin pin = readPin()) {
            planned = plan(inner, parameters);
        }
        planned.physical().close();
        String text = "Logical plan:\n" + RelOptUtil.toString(planned.plan().root())
                + "Physical plan:\n" + planned.physical().explain();
        return QueryResult.message("explain", text);
    }

    private String attach(Statement.Attach attach) {
        Map<String, Object> options = new LinkedHashMap<>();
        OptionValues.of(attach.options()).forEach((name, value) -> options.put(name.toLowerCase(Locale.ROOT), value));
        Object dbType = options.remove("dbtype");
        if (dbType == null) {
            throw KuzuException.binder("ATTACH needs the option dbtype, e.g. (dbtype postgres).");
        }
        if (attach.alias().filter(database.attachedDatabases()::contains).isPresent()) {
            throw KuzuException.binder("Duplicate attached database name: " + attach.alias().get()
                    + ". Attached database name must be unique.");
        }
        AttachedDatabase attached = database.extensionForDbType(dbType.toString())
                .attach(attach.connectionString(), attach.alias(), options);
        database.attachedDatabases().add(attached);
        return "Attached database successfully.";
    }

    /**
     * Runs a write statement as one transaction (auto-commit): planned and run to its end
     * on the latest committed state, then committed (durable, then visible to others);
     * on any error rolled back, nothing visible and nothing logged.
     */
    private QueryResult runWrite(java.util.function.Supplier<QueryResult> write) {
        checkWritable();
        if (transaction.isWrite()) {
            // A statement of an explicit transaction: its changes stay in the transaction until COMMIT.
            return write.get();
        }
        try (WriteTransaction transaction = database.engine().beginWrite()) {
            QueryResult result = write.get();
            transaction.commit();
            return result;
        }
    }

    private void checkWritable() {
        if (isReadOnly()) {
            throw Database.readOnlyError();
        }
    }

    @Override
    public void close() {
        // An open explicit transaction ends with its session, rolled back.
        transaction.rollbackQuietly();
        defaultDatabase = Optional.empty();
    }
}
