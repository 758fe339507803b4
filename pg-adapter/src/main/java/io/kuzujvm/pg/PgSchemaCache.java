package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.adapter.jdbc.JdbcTable;
import org.apache.calcite.schema.Table;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of one PostgreSQL schema and the database's types, read from pg_catalog once
 * and kept until {@link #clear()}. Tables with a column type Kùzu cannot represent are left out when
 * {@code skipUnsupportedTables} is set; otherwise using one is an error naming the column.
 */
final class PgSchemaCache {

    private final DataSource dataSource;
    private final JdbcConvention convention;
    private final String schemaName;
    private final boolean skipUnsupportedTables;
    private Map<String, PgTable> tables;
    private PgTypeCatalog types;

    PgSchemaCache(DataSource dataSource, JdbcConvention convention, String schemaName,
                  boolean skipUnsupportedTables) {
        this.dataSource = dataSource;
        this.convention = convention;
        this.schemaName = schemaName;
        this.skipUnsupportedTables = skipUnsupportedTables;
    }

    synchronized Optional<Table> table(String name) {
        return Optional.ofNullable(tables().get(name.toLowerCase(Locale.ROOT)));
    }

    synchronized List<String> tableNames() {
        return tables().values().stream().map(PgTable::name).toList();
    }

    /** The database's types, for the result columns of SQL_QUERY. */
    synchronized PgTypeCatalog types() {
        tables();
        return types;
    }

    synchronized void clear() {
        tables = null;
        types = null;
    }

    private Map<String, PgTable> tables() {
        if (tables == null) {
            tables = load();
        }
        return tables;
    }

    private Map<String, PgTable> load() {
        Map<String, List<PgCatalogReader.Column>> columns;
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            types = PgTypeCatalog.read(connection);
            columns = PgCatalogReader.read(connection, schemaName, types);
        } catch (SQLException e) {
            throw KuzuException.runtime("Failed to read the schema of PostgreSQL: " + e.getMessage());
        }
        JdbcSchema jdbcSchema = new JdbcSchema(dataSource, convention.dialect, convention, null, schemaName);
        Map<String, PgTable> loaded = new TreeMap<>();
        for (Map.Entry<String, List<PgCatalogReader.Column>> entry : columns.entrySet()) {
            String name = entry.getKey();
            PgTable table = new PgTable(name, entry.getValue(), () -> (JdbcTable) jdbcSchema.tables().get(name));
            if (!skipUnsupportedTables || table.unsupportedColumn().isEmpty()) {
                loaded.put(name.toLowerCase(Locale.ROOT), table);
            }
        }
        return loaded;
    }
}
