package io.kuzujvm.planner;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.ast.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Runs CREATE ... TABLE statements against the catalog and storage. */
final class TableCreator {

    private final Database database;

    TableCreator(Database database) {
        this.database = database;
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
        List<Property> properties = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int primaryKeyIndex = -1;
        for (Statement.ColumnDefinition column : create.columns()) {
            if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
                throw KuzuException.binder("Duplicated column name: " + column.name()
                        + ", column name must be unique.");
            }
            if (column.defaultValue().isPresent()) {
                throw KuzuException.notImplemented("DEFAULT values");
            }
            if (column.name().equalsIgnoreCase(primaryKey)) {
                primaryKeyIndex = properties.size();
            }
            properties.add(new Property(column.name(), LogicalType.parse(column.typeName())));
        }
        if (primaryKeyIndex < 0) {
            throw KuzuException.binder("Primary key " + primaryKey + " does not match any of the predefined node"
                    + " properties.");
        }
        database.createNodeTable(create.name(), properties, primaryKeyIndex);
        return "Table " + create.name() + " has been created.";
    }
}
