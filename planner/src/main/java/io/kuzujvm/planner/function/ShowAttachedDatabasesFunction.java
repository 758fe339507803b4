package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.extension.AttachedDatabase;

import java.util.ArrayList;
import java.util.List;

/** SHOW_ATTACHED_DATABASES(): alias and type of every attached database. */
final class ShowAttachedDatabasesFunction implements TableFunction {

    @Override
    public String name() {
        return "show_attached_databases";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_ATTACHED_DATABASES takes no arguments.");
        }
        return new RowsFunction("ShowAttachedDatabases", List.of("name", "database type"),
                List.of(LogicalType.STRING, LogicalType.STRING), () -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (AttachedDatabase attached : database.attachedDatabases().list()) {
                        rows.add(new Object[] {attached.alias(), attached.dbTypeName()});
                    }
                    return rows;
                });
    }
}
