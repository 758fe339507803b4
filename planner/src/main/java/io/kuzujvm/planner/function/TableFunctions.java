package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The table functions a database knows: built-ins plus those of its extensions. */
public final class TableFunctions {

    private final Map<String, TableFunction> functions = new ConcurrentHashMap<>();

    public TableFunctions() {
        register(new ShowTablesFunction());
        register(new TableInfoFunction());
        register(new ShowSequencesFunction());
        register(new ShowMacrosFunction());
        register(new ShowConnectionFunction());
        register(new ShowAttachedDatabasesFunction());
        register(new ShowOfficialExtensionsFunction());
        register(new CurrentSettingFunction());
        register(new ShowWarningsFunction());
        register(new ShowWarningsFunction.Clear());
    }

    public void register(TableFunction function) {
        functions.put(function.name().toLowerCase(Locale.ROOT), function);
    }

    public void registerAll(List<TableFunction> all) {
        all.forEach(this::register);
    }

    public TableFunction get(String name) {
        TableFunction function = functions.get(name.toLowerCase(Locale.ROOT));
        if (function == null) {
            throw KuzuException.catalog("function " + name.toUpperCase(Locale.ROOT) + " does not exist.");
        }
        return function;
    }
}
