package io.kuzujvm.pg;

import io.kuzujvm.engine.types.LogicalType;

import java.util.Optional;

/**
 * Kùzu's type for a built-in PostgreSQL type by its name in pg_type ({@code int4}, ...),
 * following the table of Kùzu's postgres extension (time and timetz have none there);
 * {@link PgTypeCatalog} handles arrays, domains, enums and composites.
 */
final class PgTypeMapping {

    private PgTypeMapping() {
    }

    /** The Kùzu type, or empty when Kùzu has none for it; numeric without precision (or beyond 38) is DOUBLE. */
    static Optional<LogicalType> toKuzu(String name, int precision, int scale) {
        String kuzu = switch (name) {
            case "bool" -> "BOOL";
            case "int2", "smallserial" -> "INT16";
            case "int4", "serial", "oid" -> "INT32";
            case "int8", "bigserial" -> "INT64";
            case "float4" -> "FLOAT";
            case "float8" -> "DOUBLE";
            case "numeric" -> precision > 0 && precision <= 38 && scale >= 0
                    ? "DECIMAL(" + precision + ", " + scale + ")" : "DOUBLE";
            case "text", "varchar", "bpchar", "char", "name", "bit", "varbit", "cidr", "inet", "macaddr",
                 "macaddr8", "money", "tsvector", "tsquery", "xml", "pg_lsn", "pg_snapshot", "txid_snapshot",
                 "citext" -> "STRING";
            case "json", "jsonb" -> "STRING";
            case "bytea" -> "BLOB";
            case "date" -> "DATE";
            case "timestamp" -> "TIMESTAMP";
            case "timestamptz" -> "TIMESTAMP_TZ";
            case "interval" -> "INTERVAL";
            case "uuid" -> "UUID";
            case "point" -> "STRUCT(x DOUBLE, y DOUBLE)";
            case "line", "lseg", "box", "path", "polygon", "circle" -> "DOUBLE[]";
            default -> null;
        };
        return Optional.ofNullable(kuzu).map(LogicalType::parse);
    }
}
