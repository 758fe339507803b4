package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.logical.KuzuTypes;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of one PostgreSQL schema as a Calcite JDBC schema, read once and kept
 * until {@link #clear()}. Tables with a column type we cannot map are left out when
 * {@code skipUnsupportedTables} is set; otherwise using one is an error naming the column.
 */
final class PgSchemaCache {

    private final DataSource dataSource;
    private final JdbcConvention convention;
    private final String schemaName;
    private final boolean skipUnsupportedTables;
    private Map<String, Table> tables;

    PgSchemaCache(DataSource dataSource, JdbcConvention convention, String schemaName,
                  boolean skipUnsupportedTables) {
        this.dataSource = dataSource;
        this.convention = convention;
        this.schemaName = schemaName;
        this.skipUnsupportedTables = skipUnsupportedTables;
    }

    synchronized Map<String, Table> tables() {
        if (tables == null) {
            tables = load();
        }
        return tables;
    }

    synchronized void clear() {
        tables = null;
    }

    private Map<String, Table> load() {
        JdbcSchema schema = new JdbcSchema(dataSource, convention.dialect, convention, null, schemaName);
        Map<String, Table> loaded = new TreeMap<>();
        for (String name : schema.tables().getNames(LikePattern.any())) {
            Table table = schema.tables().get(name);
            if (table != null && (!skipUnsupportedTables || unsupportedColumn(name, table) == null)) {
                loaded.put(name.toLowerCase(Locale.ROOT), table);
            }
        }
        return loaded;
    }

    /** Checks that every column maps to a Kùzu type; returns the table or raises an error naming the column. */
    Table checked(String name, Table table) {
        String problem = unsupportedColumn(name, table);
        if (problem != null) {
            throw KuzuException.binder(problem);
        }
        return table;
    }

    private static String unsupportedColumn(String name, Table table) {
        for (RelDataTypeField field : table.getRowType(KuzuTypes.typeFactory()).getFieldList()) {
            try {
                KuzuTypes.toLogical(field.getType());
            } catch (KuzuException e) {
                return "Column " + field.getName() + " of table " + name + " has type "
                        + field.getType().getFullTypeString() + ", which is not supported.";
            }
        }
        return null;
    }

    List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (Table table : tables().values()) {
            names.add(((org.apache.calcite.adapter.jdbc.JdbcTable) table).jdbcTableName);
        }
        return names;
    }
}
