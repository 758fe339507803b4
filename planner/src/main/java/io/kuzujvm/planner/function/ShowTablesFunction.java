package io.kuzujvm.planner.function;

import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.extension.AttachedDatabase;

import java.util.ArrayList;
import java.util.List;

/** SHOW_TABLES(): local tables and the tables of every attached database. */
final class ShowTablesFunction implements TableFunction {

    @Override
    public String name() {
        return "show_tables";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_TABLES takes no arguments.");
        }
        return new RowsFunction("ShowTables",
                List.of("id", "name", "type", "database name", "comment"),
                List.of(LogicalType.INT64, LogicalType.STRING, LogicalType.STRING, LogicalType.STRING,
                        LogicalType.STRING),
                () -> rows(database));
    }

    private static List<Object[]> rows(GraphDatabase database) {
        List<Object[]> rows = new ArrayList<>();
        for (TableEntry table : database.engine().catalog().tables()) {
            // Kùzu numbers a rel table's FROM-TO pairs first (their ids show in its rels' _ID), then the table.
            long id = table instanceof RelTableEntry rel ? rel.tableId() + rel.connections().size() : table.tableId();
            rows.add(new Object[] {id, table.name(), table.kindName(), "local(kuzu)", table.comment()});
        }
        for (AttachedDatabase attached : database.attachedDatabases().list()) {
            long id = 0;
            for (String name : attached.tableNames()) {
                rows.add(new Object[] {id++, name, "ATTACHED",
                        attached.alias() + "(" + attached.dbTypeName() + ")", ""});
            }
        }
        return rows;
    }
}
