package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tables of a schema and the Kùzu type of each column from pg_catalog in one query
 * for all columns of the schema, instead of one query per table.
 */
final class PgCatalogReader {

    /** A column: its name, PostgreSQL's name for its type, and its Kùzu type if there is one. */
    record Column(String name, String pgType, Optional<LogicalType> type) {
    }

    private static final String COLUMNS = """
            SELECT c.relname, a.attname, a.atttypid, a.atttypmod, a.attndims, format_type(a.atttypid, a.atttypmod)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = ? AND c.relkind IN ('r', 'v', 'm', 'f', 'p')
            ORDER BY c.relname, a.attnum""";

    private PgCatalogReader() {
    }

    /** Table name to its columns in order. */
    static Map<String, List<Column>> read(Connection connection, String schema, PgTypeCatalog types)
            throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Optional<LogicalType> type = types.columnType(rs.getLong(3), rs.getInt(4), rs.getInt(5));
                    tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Column(rs.getString(2), rs.getString(6), type));
                }
            }
        }
        return tables;
    }
}
