package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.function.BoundTableFunction;
import io.kuzujvm.planner.function.RowsFunction;
import io.kuzujvm.planner.function.TableFunction;

import java.util.ArrayList;
import java.util.List;

/** POSTGRES_CLEAR_CACHE() / CLEAR_ATTACHED_DB_CACHE(): forgets the schema cache of every attached database. */
record ClearCacheFunction(String name) implements TableFunction {

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder(name.toUpperCase() + " takes no arguments.");
        }
        return new RowsFunction("ClearAttachedDbCache", List.of("message"), List.of(LogicalType.STRING), () -> {
            for (AttachedDatabase attached : database.attachedDatabases().list()) {
                attached.clearCache();
            }
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {"All attached database caches have been cleared."});
            return rows;
        });
    }
}
