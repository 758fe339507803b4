package io.kuzujvm.planner;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Runs CREATE ... TABLE statements against the catalog and storage. */
final class TableCreator {

    private final Database database;
    private final SchemaStatements schema;

    TableCreator(Database database) {
        this(database, null);
    }

    /** @param schema checks DEFAULT expressions (none: defaults are taken unchecked) */
    TableCreator(Database database, SchemaStatements schema) {
        this.database = database;
        this.schema = schema;
    }

    String createNodeTable(Statement.CreateNodeTable create) {
        if (database.catalog().contains(create.name())) {
            if (create.ifNotExists()) {
                return "Table " + create.name() + " already exists.";
            }
            throw KuzuException.binder(create.name() + " already exists in catalog.");
        }
        String primaryKey = create.primaryKey().orElseThrow(() -> KuzuException.binder(
                "Can not find primary key."));
        List<Property> properties = properties(create.columns());
        int primaryKeyIndex = -1;
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equalsIgnoreCase(primaryKey)) {
                primaryKeyIndex = i;
            }
        }
        if (primaryKeyIndex < 0) {
            throw KuzuException.binder("Primary key " + primaryKey + " does not match any of the predefined node"
                    + " properties.");
        }
        LogicalType keyType = properties.get(primaryKeyIndex).type();
        if (!canBePrimaryKey(keyType)) {
            throw KuzuException.binder("Invalid primary key column type " + keyType + ". Primary keys must be"
                    + " either STRING or a numeric type.");
        }
        database.createNodeTable(create.name(), properties, primaryKeyIndex);
        return "Table " + create.name() + " has been created.";
    }

    String createRelTable(Statement.CreateRelTable create) {
        if (database.catalog().contains(create.name())) {
            if (create.ifNotExists()) {
                return "Table " + create.name() + " already exists.";
            }
            throw KuzuException.binder(create.name() + " already exists in catalog.");
        }
        List<RelTableEntry.Connection> connections = new ArrayList<>();
        for (Statement.FromTo fromTo : create.connections()) {
            RelTableEntry.Connection connection = new RelTableEntry.Connection(nodeTable(fromTo.from()),
                    nodeTable(fromTo.to()));
            if (connections.contains(connection)) {
                throw KuzuException.binder("Found duplicate FROM-TO " + fromTo.from() + "-" + fromTo.to()
                        + " pairs.");
            }
            connections.add(connection);
        }
        create.options().forEach(TableCreator::checkRelTableOption);
        List<Property> properties = properties(create.columns());
        RelTableEntry.Multiplicity multiplicity = create.multiplicity().map(TableCreator::multiplicity)
                .orElse(RelTableEntry.Multiplicity.MANY_MANY);
        database.createRelTable(create.name(), connections, properties, multiplicity);
        return "Table " + create.name() + " has been created.";
    }

    String dropTable(Statement.DropTable drop) {
        if (!database.catalog().contains(drop.name())) {
            if (drop.ifExists()) {
                return "Table " + drop.name() + " does not exist.";
            }
            throw KuzuException.binder("Table " + drop.name() + " does not exist.");
        }
        database.dropTable(drop.name());
        return "Table " + drop.name() + " has been dropped.";
    }

    private NodeTableEntry nodeTable(String name) {
        TableEntry entry = database.catalog().find(name)
                .orElseThrow(() -> KuzuException.binder("Table " + name + " does not exist."));
        if (!(entry instanceof NodeTableEntry node)) {
            throw KuzuException.binder(name + " is not of type NODE.");
        }
        return node;
    }

    /** Kùzu stores the key's physical kind in its index: integers, floats and strings (UUID, DATE too). */
    private static boolean canBePrimaryKey(LogicalType type) {
        return switch (type.id()) {
            case BOOL, INTERVAL, LIST, ARRAY, STRUCT, MAP, UNION, NODE, REL, RECURSIVE_REL, INTERNAL_ID, ANY -> false;
            default -> true;
        };
    }

    /**
     * WITH (storage_direction = 'both' | 'fwd' | 'bwd'): the value is checked; rels are always
     * stored in both directions here, which answers every query a single direction answers.
     */
    private static void checkRelTableOption(String name, Expression value) {
        if (!name.equalsIgnoreCase("storage_direction")) {
            throw KuzuException.binder("Unrecognized rel table option: " + name + ".");
        }
        Object direction = value instanceof Expression.Literal literal ? literal.value() : null;
        if (!(direction instanceof String text) || !Set.of("both", "fwd", "bwd").contains(text.toLowerCase(Locale.ROOT))) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "Cannot parse " + direction + " as ExtendDirection.");
        }
    }

    private static RelTableEntry.Multiplicity multiplicity(String text) {
        try {
            return RelTableEntry.Multiplicity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KuzuException.binder("Cannot bind " + text + " as relationship multiplicity.");
        }
    }

    private List<Property> properties(List<Statement.ColumnDefinition> columns) {
        List<Property> properties = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Statement.ColumnDefinition column : columns) {
            if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
                throw KuzuException.binder("Duplicated column name: " + column.name()
                        + ", column name must be unique.");
            }
            LogicalType type = LogicalType.parse(column.typeName());
            String defaultText = column.defaultText().orElse(null);
            if (defaultText != null && schema != null) {
                schema.checkDefaultType(column.defaultValue().orElseThrow(), defaultText, type);
            }
            properties.add(new Property(column.name(), type, defaultText));
        }
        return properties;
    }
}
