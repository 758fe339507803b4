package io.kuzujvm.pg;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;

import java.util.Locale;
import java.util.Optional;

/**
 * Kùzu's type for a PostgreSQL type, by the type name pgjdbc reports ({@code int4},
 * {@code _text} for arrays, ...), following the table of Kùzu's postgres extension.
 */
final class PgTypeMapping {

    private PgTypeMapping() {
    }

    /** The Kùzu type, or empty when Kùzu has none for it. */
    static Optional<LogicalType> toKuzu(String pgTypeName, int precision, int scale) {
        String name = pgTypeName.toLowerCase(Locale.ROOT).replace("\"", "");
        if (name.startsWith("_")) {
            return toKuzu(name.substring(1), precision, scale).map(element -> LogicalType.parse(element + "[]"));
        }
        String kuzu = switch (name) {
            case "bool" -> "BOOL";
            case "int2", "smallserial" -> "INT16";
            case "int4", "serial", "oid" -> "INT32";
            case "int8", "bigserial" -> "INT64";
            case "float4" -> "FLOAT";
            case "float8" -> "DOUBLE";
            case "numeric" -> precision > 0 && precision <= 38 ? "DECIMAL(" + precision + ", " + scale + ")"
                    : "DOUBLE";
            case "text", "varchar", "bpchar", "char", "name", "bit", "varbit", "cidr", "inet", "macaddr",
                 "macaddr8", "money", "tsvector", "xml", "pg_lsn", "citext" -> "STRING";
            case "json", "jsonb" -> "STRING";
            case "bytea" -> "BLOB";
            case "date" -> "DATE";
            case "timestamp" -> "TIMESTAMP";
            case "timestamptz" -> "TIMESTAMP_TZ";
            case "interval" -> "INTERVAL";
            case "uuid" -> "UUID";
            default -> null;
        };
        return Optional.ofNullable(kuzu).map(LogicalType::parse);
    }

    static LogicalType require(String column, String pgTypeName, int precision, int scale) {
        return toKuzu(pgTypeName, precision, scale).orElseThrow(() -> KuzuException.binder(
                "Column " + column + " has PostgreSQL type " + pgTypeName + ", which is not supported."));
    }
}
