package io.kuzujvm.planner;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.engine.storage.SchemaChanges;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.parser.ExpressionPrinter;

import java.util.List;
import java.util.Locale;

/**
 * CREATE MACRO and DROP MACRO inside the current write transaction, with Kùzu's messages.
 * A macro is kept under its name in upper case, its body and defaults as printed Cypher.
 */
final class MacroStatements {

    private final Database database;

    MacroStatements(Database database) {
        this.database = database;
    }

    String create(Statement.CreateMacro create) {
        String name = create.name().toUpperCase(Locale.ROOT);
        if (database.catalog().findMacro(name).isPresent()) {
            throw KuzuException.binder("Macro " + name + " already exists.");
        }
        List<MacroEntry.Parameter> parameters = create.parameters().stream().map(p -> new MacroEntry.Parameter(
                p.name(), p.defaultValue().map(ExpressionPrinter::print).orElse(null))).toList();
        SchemaChanges.createMacro(database, new MacroEntry(name, parameters, ExpressionPrinter.print(create.body())));
        return "Macro: " + name + " has been created.";
    }

    String drop(Statement.DropMacro drop) {
        if (database.catalog().findMacro(drop.name()).isEmpty()) {
            String message = "Macro " + drop.name() + " does not exist.";
            if (drop.ifExists()) {
                return message;
            }
            throw KuzuException.binder(message);
        }
        SchemaChanges.dropMacro(database, drop.name());
        return "Macro " + drop.name() + " has been dropped.";
    }
}
