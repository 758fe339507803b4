package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tables of a schema and the Kùzu type of each column from pg_catalog in two
 * queries (all types, then all columns of the schema), instead of one query per table.
 * Domains resolve to their base type, enums to STRING, arrays to lists of their element.
 */
final class PgCatalogReader {

    /** A column: its name, PostgreSQL's name for its type, and its Kùzu type if there is one. */
    record Column(String name, String pgType, Optional<LogicalType> type) {
    }

    private record PgType(String name, char kind, char category, long element, long base) {
    }

    private static final String TYPES = "SELECT oid, typname, typtype, typcategory, typelem, typbasetype FROM pg_type";

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
    static Map<String, List<Column>> read(Connection connection, String schema) throws SQLException {
        Map<Long, PgType> types = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(TYPES)) {
            while (rs.next()) {
                types.put(rs.getLong(1), new PgType(rs.getString(2), rs.getString(3).charAt(0),
                        rs.getString(4).charAt(0), rs.getLong(5), rs.getLong(6)));
            }
        }
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Optional<LogicalType> type = resolve(types, rs.getLong(3), rs.getInt(4));
                    int dimensions = Math.max(1, rs.getInt(5));
                    if (type.isPresent() && isArray(types, rs.getLong(3))) {
                        // pg_type names the element; each further declared dimension nests a list.
                        for (int d = 1; d < dimensions; d++) {
                            type = Optional.of(LogicalType.parse(type.get() + "[]"));
                        }
                    }
                    tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Column(rs.getString(2), rs.getString(6), type));
                }
            }
        }
        return tables;
    }

    private static boolean isArray(Map<Long, PgType> types, long oid) {
        PgType type = types.get(oid);
        return type != null && type.category() == 'A' && type.element() != 0;
    }

    private static Optional<LogicalType> resolve(Map<Long, PgType> types, long oid, int typmod) {
        PgType type = types.get(oid);
        if (type == null) {
            return Optional.empty();
        }
        if (type.kind() == 'd') {
            return resolve(types, type.base(), typmod);
        }
        if (type.kind() == 'e') {
            return Optional.of(LogicalType.STRING);
        }
        if (type.category() == 'A' && type.element() != 0) {
            return resolve(types, type.element(), typmod).map(element -> LogicalType.parse(element + "[]"));
        }
        int precision = typmod >= 4 ? ((typmod - 4) >> 16) & 0xffff : 0;
        int scale = typmod >= 4 ? (typmod - 4) & 0xffff : 0;
        return PgTypeMapping.toKuzu(type.name(), precision, scale);
    }
}
