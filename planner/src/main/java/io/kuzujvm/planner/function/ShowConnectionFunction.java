package io.kuzujvm.planner.function;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;

import java.util.ArrayList;
import java.util.List;

/** SHOW_CONNECTION('rel table'): the FROM and TO node tables of each of its connections, with their keys. */
final class ShowConnectionFunction implements TableFunction {

    @Override
    public String name() {
        return "show_connection";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        TableEntry table = arguments.size() == 1 && arguments.get(0) instanceof String name
                ? database.engine().catalog().find(name).orElseThrow(
                        () -> KuzuException.binder("Table " + name + " does not exist."))
                : null;
        if (!(table instanceof RelTableEntry rel)) {
            throw KuzuException.binder("Show connection can only be called on a rel table!");
        }
        return new RowsFunction("ShowConnection",
                List.of("source table name", "destination table name", "source table primary key",
                        "destination table primary key"),
                List.of(LogicalType.STRING, LogicalType.STRING, LogicalType.STRING, LogicalType.STRING),
                () -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (RelTableEntry.Connection c : rel.connections()) {
                        rows.add(new Object[] {c.from().name(), c.to().name(), c.from().primaryKey().name(),
                                c.to().primaryKey().name()});
                    }
                    return rows;
                });
    }
}
