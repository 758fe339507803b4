package io.kuzujvm.planner.function;

import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.extension.AttachedDatabase;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** TABLE_INFO('name') or TABLE_INFO('alias.name'): the columns of a table. */
final class TableInfoFunction implements TableFunction {

    @Override
    public String name() {
        return "table_info";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof String tableName)) {
            throw KuzuException.binder("TABLE_INFO takes one STRING argument: the table name.");
        }
        int dot = tableName.indexOf('.');
        if (dot > 0) {
            AttachedDatabase attached = database.attachedDatabases().get(tableName.substring(0, dot));
            String name = tableName.substring(dot + 1);
            Table table = attached.table(name)
                    .orElseThrow(() -> KuzuException.catalog(name + " does not exist in catalog."));
            List<Object[]> rows = new ArrayList<>();
            int id = 0;
            for (RelDataTypeField field : table.getRowType(KuzuTypes.typeFactory()).getFieldList()) {
                rows.add(new Object[] {(long) id++, field.getName(), KuzuTypes.toLogical(field.getType()).toString(),
                    "NULL"});
            }
            return new RowsFunction("TableInfo(" + tableName + ")",
                    List.of("property id", "name", "type", "default expression"),
                    List.of(LogicalType.INT32, LogicalType.STRING, LogicalType.STRING, LogicalType.STRING), () -> rows);
        }
        TableEntry entry = database.engine().catalog().get(tableName);
        if (entry instanceof io.kuzujvm.engine.catalog.RelTableEntry) {
            return new RowsFunction("TableInfo(" + tableName + ")",
                    List.of("property id", "name", "type", "default expression", "storage_direction"),
                    List.of(LogicalType.INT32, LogicalType.STRING, LogicalType.STRING, LogicalType.STRING,
                            LogicalType.STRING),
                    () -> relRows(entry));
        }
        return new RowsFunction("TableInfo(" + tableName + ")",
                List.of("property id", "name", "type", "default expression", "primary key"),
                List.of(LogicalType.INT32, LogicalType.STRING, LogicalType.STRING, LogicalType.STRING,
                        LogicalType.BOOL),
                () -> localRows(entry));
    }

    private static List<Object[]> localRows(TableEntry entry) {
        List<Object[]> rows = new ArrayList<>();
        List<Property> properties = entry.properties();
        for (int i = 0; i < properties.size(); i++) {
            boolean isKey = entry instanceof NodeTableEntry node && node.primaryKeyIndex() == i;
            rows.add(new Object[] {(long) i, properties.get(i).name(), properties.get(i).type().toString(),
                    defaultText(properties.get(i)), isKey});
        }
        return rows;
    }

    private static List<Object[]> relRows(TableEntry entry) {
        List<Object[]> rows = new ArrayList<>();
        List<Property> properties = entry.properties();
        for (int i = 0; i < properties.size(); i++) {
            rows.add(new Object[] {(long) i + 1, properties.get(i).name(), properties.get(i).type().toString(),
                    defaultText(properties.get(i)), "both"});
        }
        return rows;
    }

    /** The default expression as TABLE_INFO shows it: NULL when there is none, empty for SERIAL. */
    private static String defaultText(Property property) {
        if (property.defaultExpression() != null) {
            return property.defaultExpression();
        }
        return property.type().id() == io.kuzujvm.engine.types.TypeId.SERIAL ? "" : "NULL";
    }
}
