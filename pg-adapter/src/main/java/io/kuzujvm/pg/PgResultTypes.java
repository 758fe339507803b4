package io.kuzujvm.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's type name for each column of a query, from a Parse/Describe round trip (no
 * rows are read). PostgreSQL reports domains as their base type. Enums, and arrays of enums,
 * come back as {@link PgBinaryDecoders#ENUM} and {@code _enum}: their binary form is their
 * label whatever their name.
 */
final class PgResultTypes {

    // to_regtype, not ::regtype: a name it cannot resolve must not abort the scan's transaction.
    private static final String ENUMS = """
            SELECT n, t.typcategory = 'A'
            FROM unnest(?::text[]) n
            JOIN pg_catalog.pg_type t ON t.oid = to_regtype(n)
            LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem
            WHERE t.typtype = 'e' OR e.typtype = 'e'""";

    private PgResultTypes() {
    }

    static List<String> of(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            ResultSetMetaData meta = statement.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnTypeName(c));
            }
        }
        String[] unknown = names.stream().filter(name -> !PgBinaryDecoders.decodes(name)).distinct()
                .toArray(String[]::new);
        if (unknown.length == 0) {
            return names;
        }
        Map<String, String> enums = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ENUMS)) {
            statement.setArray(1, connection.createArrayOf("text", unknown));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    enums.put(rs.getString(1), rs.getBoolean(2) ? "_" + PgBinaryDecoders.ENUM : PgBinaryDecoders.ENUM);
                }
            }
        }
        return names.stream().map(name -> enums.getOrDefault(name, name)).toList();
    }
}
