package io.kuzujvm.planner;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.SequenceEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.SchemaChanges;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.engine.types.ValueCaster;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.parser.StatementParser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs schema statements (CREATE / DROP / ALTER TABLE, COMMENT ON TABLE, CREATE / DROP
 * SEQUENCE and MACRO) inside the current write transaction, with Kùzu's messages and errors.
 */
final class SchemaStatements {

    /** Evaluates Cypher expressions for DEFAULT values (by planning RETURN expr). */
    interface Evaluator {
        /** The type of the expression. */
        LogicalType typeOf(String expression);

        /** The value of a constant expression and its type. */
        Object[] evaluate(String expression);
    }

    private final Database database;
    private final Evaluator evaluator;

    SchemaStatements(Database database, Evaluator evaluator) {
        this.database = database;
        this.evaluator = evaluator;
    }

    /** What each schema statement runs, by the statement's class. */
    private static final java.util.Map<Class<? extends Statement>,
            java.util.function.BiFunction<SchemaStatements, Statement, String>> RUNNERS = java.util.Map.ofEntries(
            java.util.Map.entry(Statement.CreateNodeTable.class,
                    (schema, s) -> new TableCreator(schema.database, schema)
                            .createNodeTable((Statement.CreateNodeTable) s)),
            java.util.Map.entry(Statement.CreateRelTable.class,
                    (schema, s) -> new TableCreator(schema.database, schema)
                            .createRelTable((Statement.CreateRelTable) s)),
            java.util.Map.entry(Statement.DropTable.class,
                    (schema, s) -> new TableCreator(schema.database).dropTable((Statement.DropTable) s)),
            java.util.Map.entry(Statement.AddProperty.class,
                    (schema, s) -> schema.addProperty((Statement.AddProperty) s)),
            java.util.Map.entry(Statement.DropProperty.class,
                    (schema, s) -> schema.dropProperty((Statement.DropProperty) s)),
            java.util.Map.entry(Statement.RenameProperty.class,
                    (schema, s) -> schema.renameProperty((Statement.RenameProperty) s)),
            java.util.Map.entry(Statement.RenameTable.class,
                    (schema, s) -> schema.renameTable((Statement.RenameTable) s)),
            java.util.Map.entry(Statement.AddFromTo.class, (schema, s) -> schema.addFromTo((Statement.AddFromTo) s)),
            java.util.Map.entry(Statement.DropFromTo.class,
                    (schema, s) -> schema.dropFromTo((Statement.DropFromTo) s)),
            java.util.Map.entry(Statement.CreateSequence.class,
                    (schema, s) -> schema.createSequence((Statement.CreateSequence) s)),
            java.util.Map.entry(Statement.DropSequence.class,
                    (schema, s) -> schema.dropSequence((Statement.DropSequence) s)),
            java.util.Map.entry(Statement.CreateMacro.class,
                    (schema, s) -> new MacroStatements(schema.database).create((Statement.CreateMacro) s)),
            java.util.Map.entry(Statement.DropMacro.class,
                    (schema, s) -> new MacroStatements(schema.database).drop((Statement.DropMacro) s)),
            java.util.Map.entry(Statement.CommentOnTable.class,
                    (schema, s) -> schema.commentOnTable((Statement.CommentOnTable) s)));

    /** Whether {@link #run} takes the statement. */
    static boolean handles(Statement statement) {
        return RUNNERS.containsKey(statement.getClass());
    }

    /** Runs a schema statement; returns its message. */
    String run(Statement statement) {
        return RUNNERS.get(statement.getClass()).apply(this, statement);
    }

    String commentOnTable(Statement.CommentOnTable comment) {
        TableEntry entry = table(comment.table());
        SchemaChanges.commentOnTable(database, entry.name(), comment.comment());
        return "Comment added to table " + entry.name() + ".";
    }

    // ---- properties ----

    String addProperty(Statement.AddProperty add) {
        TableEntry entry = table(add.table());
        Statement.ColumnDefinition column = add.column();
        if (entry.propertyIndex(column.name()).isPresent()) {
            if (add.ifNotExists()) {
                return "Property " + column.name() + " already exists.";
            }
            throw KuzuException.runtime(entry.name() + " table already has property " + column.name() + ".");
        }
        LogicalType type = LogicalType.parse(column.typeName());
        String defaultText = column.defaultText().orElse(null);
        SchemaChanges.ColumnFill fill = null;
        if (defaultText != null) {
            checkDefaultType(column.defaultValue().orElseThrow(), defaultText, type);
            Expression expression = column.defaultValue().orElseThrow();
            if (StatementEffects.changesState(expression)) {
                if (entry instanceof RelTableEntry) {
                    throw KuzuException.runtime("Cannot set a non-constant default value when adding columns on"
                            + " REL tables.");
                }
                if (!(expression instanceof Expression.FunctionCall call && call.arguments().size() == 1
                        && call.arguments().get(0) instanceof Expression.Literal literal
                        && literal.value() instanceof String sequence)) {
                    throw KuzuException.notImplemented("DEFAULT expressions that combine nextval with others");
                }
                database.catalog().sequence(sequence);
                fill = row -> ValueCaster.cast(SchemaChanges.nextval(database, sequence), LogicalType.INT64, type);
            } else {
                Object[] valueAndType = evaluator.evaluate(defaultText);
                Object value = valueAndType[0] == null ? null
                        : ValueCaster.cast(valueAndType[0], (LogicalType) valueAndType[1], type);
                fill = row -> value;
            }
        }
        List<Property> properties = new ArrayList<>(entry.properties());
        properties.add(new Property(column.name(), type, defaultText));
        int[] sources = new int[properties.size()];
        SchemaChanges.ColumnFill[] fills = new SchemaChanges.ColumnFill[properties.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = i;
        }
        sources[sources.length - 1] = -1;
        fills[fills.length - 1] = fill;
        replace(entry, entry.name(), properties, sources, fills);
        return "Property " + column.name() + " has been added to table " + entry.name() + ".";
    }

    String dropProperty(Statement.DropProperty drop) {
        TableEntry entry = table(drop.table());
        Optional<Integer> index = entry.propertyIndex(drop.property());
        if (index.isEmpty()) {
            if (drop.ifExists()) {
                return "Property " + drop.property() + " does not exist in table " + entry.name() + ".";
            }
            throw KuzuException.binder(entry.name() + " table does not have property " + drop.property() + ".");
        }
        if (entry instanceof NodeTableEntry node && node.primaryKeyIndex() == index.get()) {
            throw KuzuException.binder("Cannot drop primary key of a node table.");
        }
        List<Property> properties = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < entry.properties().size(); i++) {
            if (i != index.get()) {
                properties.add(entry.properties().get(i));
                sources.add(i);
            }
        }
        replace(entry, entry.name(), properties, sources.stream().mapToInt(Integer::intValue).toArray(),
                new SchemaChanges.ColumnFill[properties.size()]);
        return "Property " + drop.property() + " has been dropped from table " + entry.name() + ".";
    }

    String renameProperty(Statement.RenameProperty rename) {
        TableEntry entry = table(rename.table());
        int index = entry.propertyIndex(rename.property()).orElseThrow(() -> KuzuException.binder(
                entry.name() + " table does not have property " + rename.property() + "."));
        if (entry.propertyIndex(rename.newName()).isPresent()) {
            throw KuzuException.binder(entry.name() + " table already has property " + rename.newName() + ".");
        }
        List<Property> properties = new ArrayList<>(entry.properties());
        String oldName = properties.get(index).name();
        properties.set(index, properties.get(index).withName(rename.newName()));
        replace(entry, entry.name(), properties, identity(properties.size()),
                new SchemaChanges.ColumnFill[properties.size()]);
        return "Property " + oldName + " has been renamed to " + rename.newName() + ".";
    }

    String renameTable(Statement.RenameTable rename) {
        TableEntry entry = table(rename.table());
        if (database.catalog().contains(rename.newName())) {
            throw KuzuException.binder("Table " + rename.newName() + " already exists.");
        }
        replace(entry, rename.newName(), entry.properties(), identity(entry.properties().size()),
                new SchemaChanges.ColumnFill[entry.properties().size()]);
        return "Table " + entry.name() + " has been renamed to " + rename.newName() + ".";
    }

    private static int[] identity(int n) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    private void replace(TableEntry entry, String newName, List<Property> properties, int[] sources,
                         SchemaChanges.ColumnFill[] fills) {
        if (entry instanceof NodeTableEntry node) {
            String key = node.primaryKey().name();
            int primaryKeyIndex = -1;
            for (int i = 0; i < properties.size(); i++) {
                if (sources[i] == node.primaryKeyIndex()) {
                    primaryKeyIndex = i;
                }
            }
            if (primaryKeyIndex < 0) {
                throw KuzuException.binder("Cannot drop primary key " + key + " of a node table.");
            }
            SchemaChanges.replaceNodeTable(database, entry.name(),
                    new NodeTableEntry(node.tableId(), newName, properties, primaryKeyIndex, node.comment()), sources,
                    fills);
        } else {
            RelTableEntry rel = (RelTableEntry) entry;
            SchemaChanges.replaceRelTable(database, entry.name(), new RelTableEntry(rel.tableId(), newName,
                    rel.connections(), properties, rel.multiplicity(), rel.comment()), sources, fills,
                    identity(rel.connections().size()));
        }
    }

    // ---- rel groups ----

    String addFromTo(Statement.AddFromTo add) {
        RelTableEntry rel = relTable(add.table());
        NodeTableEntry from = nodeTable(add.connection().from());
        NodeTableEntry to = nodeTable(add.connection().to());
        String pairName = from.name() + "->" + to.name();
        if (pairIndex(rel, from, to) >= 0) {
            String message = pairName + " already exists in " + rel.name() + " table.";
            if (add.ifNotExists()) {
                return message;
            }
            throw KuzuException.binder(message);
        }
        List<RelTableEntry.Connection> connections = new ArrayList<>(rel.connections());
        connections.add(new RelTableEntry.Connection(from, to));
        SchemaChanges.replaceRelTable(database, rel.name(), new RelTableEntry(rel.tableId(), rel.name(), connections,
                rel.properties(), rel.multiplicity(), rel.comment()), identity(rel.properties().size()),
                new SchemaChanges.ColumnFill[rel.properties().size()], identity(rel.connections().size()));
        return pairName + " added to table " + rel.name() + ".";
    }

    String dropFromTo(Statement.DropFromTo drop) {
        RelTableEntry rel = relTable(drop.table());
        NodeTableEntry from = nodeTable(drop.connection().from());
        NodeTableEntry to = nodeTable(drop.connection().to());
        String pairName = from.name() + "->" + to.name();
        int pair = pairIndex(rel, from, to);
        if (pair < 0) {
            String message = pairName + " does not exist in " + rel.name() + " table.";
            if (drop.ifExists()) {
                return message;
            }
            throw KuzuException.binder(message);
        }
        List<RelTableEntry.Connection> connections = new ArrayList<>(rel.connections());
        connections.remove(pair);
        int[] pairs = new int[rel.connections().size()];
        for (int p = 0; p < pairs.length; p++) {
            pairs[p] = p < pair ? p : p == pair ? -1 : p - 1;
        }
        SchemaChanges.replaceRelTable(database, rel.name(), new RelTableEntry(rel.tableId(), rel.name(), connections,
                rel.properties(), rel.multiplicity(), rel.comment()), identity(rel.properties().size()),
                new SchemaChanges.ColumnFill[rel.properties().size()], pairs);
        return pairName + " has been dropped from table " + rel.name() + ".";
    }

    private static int pairIndex(RelTableEntry rel, NodeTableEntry from, NodeTableEntry to) {
        for (int p = 0; p < rel.connections().size(); p++) {
            RelTableEntry.Connection c = rel.connections().get(p);
            if (c.from().tableId() == from.tableId() && c.to().tableId() == to.tableId()) {
                return p;
            }
        }
        return -1;
    }

    private TableEntry table(String name) {
        return database.catalog().find(name)
                .orElseThrow(() -> KuzuException.binder("Table " + name + " does not exist."));
    }

    private RelTableEntry relTable(String name) {
        TableEntry entry = table(name);
        if (!(entry instanceof RelTableEntry rel)) {
            throw KuzuException.binder(name + " is not of type REL.");
        }
        return rel;
    }

    private NodeTableEntry nodeTable(String name) {
        TableEntry entry = table(name);
        if (!(entry instanceof NodeTableEntry node)) {
            throw KuzuException.binder(name + " is not of type NODE.");
        }
        return node;
    }

    // ---- defaults ----

    /** Checks a DEFAULT expression against its column type, with Kùzu's error. */
    void checkDefaultType(Expression expression, String text, LogicalType target) {
        LogicalType type = evaluator.typeOf(text);
        if (!assignable(type, target)) {
            throw KuzuException.binder("Expression " + print(expression) + " has data type " + type
                    + " but expected " + target + ". Implicit cast is not supported.");
        }
    }

    private static boolean assignable(LogicalType from, LogicalType to) {
        if (from.id() == TypeId.ANY || from.equals(to) || from.id() == to.id() && from.children().isEmpty()) {
            return true;
        }
        if (numeric(from) && numeric(to)) {
            return true;
        }
        if (from.id() == to.id() && !from.children().isEmpty() && from.children().size() == to.children().size()) {
            for (int i = 0; i < from.children().size(); i++) {
                if (!assignable(from.children().get(i), to.children().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return (from.id() == TypeId.LIST && to.id() == TypeId.ARRAY)
                && assignable(from.children().get(0), to.children().get(0));
    }

    private static boolean numeric(LogicalType type) {
        return switch (type.id()) {
            case INT8, INT16, INT32, INT64, INT128, UINT8, UINT16, UINT32, UINT64, FLOAT, DOUBLE, DECIMAL, SERIAL -> true;
            default -> false;
        };
    }

    /** An expression as Kùzu prints it in messages. */
    static String print(Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            return String.valueOf(literal.value());
        }
        if (expression instanceof Expression.FunctionCall call) {
            return call.name().toUpperCase(Locale.ROOT) + "("
                    + call.arguments().stream().map(SchemaStatements::print).collect(Collectors.joining(", ")) + ")";
        }
        return expression.toString();
    }

    // ---- sequences ----

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    String createSequence(Statement.CreateSequence create) {
        if (database.catalog().findSequence(create.name()).isPresent()) {
            if (create.ifNotExists()) {
                return "Sequence " + create.name() + " already exists.";
            }
            throw KuzuException.binder(create.name() + " already exists in catalog.");
        }
        long increment = int64(create.increment()).orElse(1L);
        if (increment == 0) {
            throw KuzuException.binder("SEQUENCE INCREMENT should be non-zero.");
        }
        long min = int64(create.minValue()).orElse(increment > 0 ? 1L : Long.MIN_VALUE);
        long max = int64(create.maxValue()).orElse(increment > 0 ? Long.MAX_VALUE : -1L);
        long start = int64(create.start()).orElse(increment > 0 ? min : max);
        if (max < min) {
            throw KuzuException.binder("SEQUENCE MAXVALUE should be greater than or equal to MINVALUE.");
        }
        if (start < min || start > max) {
            throw KuzuException.binder("SEQUENCE START value should be between MINVALUE and MAXVALUE.");
        }
        SchemaChanges.createSequence(database, new SequenceEntry(create.name(), start, increment, min, max,
                create.cycle(), start, false));
        return "Sequence " + create.name() + " has been created.";
    }

    private static Optional<Long> int64(Optional<BigInteger> value) {
        if (value.isPresent() && (value.get().compareTo(MIN) < 0 || value.get().compareTo(MAX) > 0)) {
            throw KuzuException.binder("Out of bounds: SEQUENCE accepts integers within INT64.");
        }
        return value.map(BigInteger::longValue);
    }

    String dropSequence(Statement.DropSequence drop) {
        if (database.catalog().findSequence(drop.name()).isEmpty()) {
            if (drop.ifExists()) {
                return "Sequence " + drop.name() + " does not exist.";
            }
            throw KuzuException.binder("Sequence " + drop.name() + " does not exist.");
        }
        SchemaChanges.dropSequence(database, drop.name());
        return "Sequence " + drop.name() + " has been dropped.";
    }

    /** The parser used for DEFAULT texts. */
    static Expression parseExpression(String text) {
        return new StatementParser().parseExpression(text);
    }
}
