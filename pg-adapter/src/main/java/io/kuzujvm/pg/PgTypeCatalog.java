package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's types (pg_type) and the fields of composite types, read in two queries, and
 * the Kùzu type of each: domains as their base type, enums as STRING, arrays as lists of
 * their element, composites as STRUCTs of their fields, built-in types by {@link PgTypeMapping}.
 */
final class PgTypeCatalog {

    private record PgType(String name, char kind, char category, long element, long base) {
    }

    private record Field(String name, long type, int typmod, int dimensions) {
    }

    private static final String TYPES = """
            SELECT oid, typname, typtype, typcategory, typelem, typbasetype FROM pg_catalog.pg_type""";

    /** Fields of the composite types made with CREATE TYPE ... AS (relkind 'c'), by the type's oid. */
    private static final String COMPOSITE_FIELDS = """
            SELECT t.oid, a.attname, a.atttypid, a.atttypmod, a.attndims
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.oid, a.attnum""";

    private final Map<Long, PgType> types;
    private final Map<Long, List<Field>> compositeFields;

    private PgTypeCatalog(Map<Long, PgType> types, Map<Long, List<Field>> compositeFields) {
        this.types = types;
        this.compositeFields = compositeFields;
    }

    static PgTypeCatalog read(Connection connection) throws SQLException {
        Map<Long, PgType> types = new HashMap<>();
        Map<Long, List<Field>> fields = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(TYPES)) {
                while (rs.next()) {
                    types.put(rs.getLong(1), new PgType(rs.getString(2), rs.getString(3).charAt(0),
                            rs.getString(4).charAt(0), rs.getLong(5), rs.getLong(6)));
                }
            }
            try (ResultSet rs = statement.executeQuery(COMPOSITE_FIELDS)) {
                while (rs.next()) {
                    fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Field(rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return new PgTypeCatalog(types, fields);
    }

    /**
     * The Kùzu type of a column (or composite field) of type {@code oid} with its type modifier;
     * an array declared with more than one dimension nests a list per dimension.
     */
    Optional<LogicalType> columnType(long oid, int typmod, int dimensions) {
        Optional<LogicalType> type = resolve(oid, precision(typmod), scale(typmod));
        if (type.isPresent() && isArray(oid)) {
            for (int d = 1; d < dimensions; d++) {
                type = Optional.of(LogicalType.list(type.get()));
            }
        }
        return type;
    }

    /** The Kùzu type of a query's result column, whose numeric precision and scale the driver reports. */
    Optional<LogicalType> resultType(long oid, int precision, int scale) {
        return resolve(oid, precision, scale);
    }

    private boolean isArray(long oid) {
        PgType type = types.get(oid);
        return type != null && type.category() == 'A' && type.element() != 0;
    }

    private Optional<LogicalType> resolve(long oid, int precision, int scale) {
        PgType type = types.get(oid);
        if (type == null) {
            return Optional.empty();
        }
        return switch (type.kind()) {
            case 'd' -> resolve(type.base(), precision, scale);
            case 'e' -> Optional.of(LogicalType.STRING);
            case 'c' -> composite(oid);
            default -> isArray(oid)
                    ? resolve(type.element(), precision, scale).map(LogicalType::list)
                    : PgTypeMapping.toKuzu(type.name(), precision, scale);
        };
    }

    /** A STRUCT of the fields, or empty when a field has no Kùzu type (or the type is a table's row type). */
    private Optional<LogicalType> composite(long oid) {
        List<Field> fields = compositeFields.get(oid);
        if (fields == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<LogicalType> fieldTypes = new ArrayList<>();
        for (Field field : fields) {
            Optional<LogicalType> fieldType = columnType(field.type(), field.typmod(), field.dimensions());
            if (fieldType.isEmpty()) {
                return Optional.empty();
            }
            names.add(DuckDbIdentifiers.optionallyQuoted(field.name()));
            fieldTypes.add(fieldType.get());
        }
        return Optional.of(LogicalType.struct(names, fieldTypes));
    }

    /** numeric(p, s) keeps p and s in its type modifier; other types' modifiers do not matter here. */
    private static int precision(int typmod) {
        return typmod >= 4 ? ((typmod - 4) >> 16) & 0xffff : 0;
    }

    private static int scale(int typmod) {
        return typmod >= 4 ? (((typmod - 4) & 0x7ff) ^ 1024) - 1024 : 0;
    }
}
