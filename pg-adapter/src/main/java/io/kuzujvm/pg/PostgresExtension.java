package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.extension.DatabaseExtension;
import io.kuzujvm.planner.function.TableFunction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kùzu's postgres extension, built in: ATTACH ... (dbtype postgres) and its functions. */
public final class PostgresExtension implements DatabaseExtension {

    @Override
    public List<String> names() {
        return List.of("postgres", "postgres_scanner");
    }

    @Override
    public String dbType() {
        return "postgres";
    }

    @Override
    public AttachedDatabase attach(String connectionString, Optional<String> alias, Map<String, Object> options) {
        String schema = "public";
        boolean skipUnsupported = false;
        for (Map.Entry<String, Object> option : options.entrySet()) {
            switch (option.getKey()) {
                case "schema" -> schema = String.valueOf(option.getValue());
                case "skip_unsupported_table" -> skipUnsupported = Boolean.parseBoolean(
                        String.valueOf(option.getValue()));
                default -> throw KuzuException.binder("Unrecognized option " + option.getKey()
                        + " for ATTACH of a postgres database.");
            }
        }
        PgConnectionString connection = PgConnectionString.parse(connectionString);
        return PgAttachedDatabase.connect(connection, alias.orElse(connection.database()), schema, skipUnsupported);
    }

    @Override
    public List<TableFunction> tableFunctions() {
        return List.of(new ClearCacheFunction("postgres_clear_cache"),
                new ClearCacheFunction("clear_attached_db_cache"), new SqlQueryFunction());
    }
}
