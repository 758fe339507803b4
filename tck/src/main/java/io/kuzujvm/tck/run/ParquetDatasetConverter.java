package io.kuzujvm.tck.run;

import io.kuzujvm.engine.parquet.ParquetWriter;
import io.kuzujvm.engine.types.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kùzu's {@code CSV_TO_PARQUET(name)} loader: the data set is built from its CSV files in a
 * scratch database, each table copied filled is written to a Parquet file (nodes in their order,
 * rels as FROM key, TO key, properties), and the test database is built from the schema and
 * {@code COPY table FROM 'table.parquet'}. Each data set is converted once per run.
 */
final class ParquetDatasetConverter {

    private static final Pattern COPY = Pattern.compile(
            "(?i)^\\s*COPY\\s+(\\w+)\\s+FROM\\s+\"[^\"]*\"\\s*(?:\\((.*)\\))?\\s*;?\\s*$");
    private static final Pattern CREATE_REL = Pattern.compile(
            "(?i)CREATE\\s+REL\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s*\\(\\s*FROM\\s+(\\w+)\\s+TO\\s+(\\w+)");
    private static final Pattern PAIR_OPTION = Pattern.compile("(?i)\\b(from|to)\\s*=\\s*['\"](\\w+)['\"]");

    private final DatasetCatalog catalog;
    private final Map<String, List<String>> converted = new ConcurrentHashMap<>();

    ParquetDatasetConverter(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The setup statements of the converted data set. */
    List<String> setupStatements(String dataset) throws IOException, SQLException {
        List<String> statements = converted.get(dataset);
        if (statements == null) {
            synchronized (this) {
                statements = converted.get(dataset);
                if (statements == null) {
                    statements = convert(dataset);
                    converted.put(dataset, statements);
                }
            }
        }
        return statements;
    }

    private List<String> convert(String dataset) throws IOException, SQLException {
        List<String> schema = catalog.scriptStatements(dataset, "schema.cypher");
        List<String> copies = catalog.scriptStatements(dataset, "copy.cypher");
        Path dir = Files.createTempDirectory("kuzu-tck-parquet");
        dir.toFile().deleteOnExit();
        List<String> result = new ArrayList<>(schema);
        try (Connection connection = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement statement = connection.createStatement()) {
            for (String line : schema) {
                statement.execute(line);
            }
            for (String line : copies) {
                statement.execute(line);
            }
            Set<String> nodeTables = nodeTables(statement);
            Map<String, String[]> relEndpoints = relEndpoints(schema);
            Set<String> written = new HashSet<>();
            for (String line : copies) {
                Matcher copy = COPY.matcher(line);
                if (!copy.matches()) {
                    throw new IOException("cannot convert copy statement to parquet: " + line);
                }
                String table = copy.group(1);
                String from = pairOption(copy.group(2), "from");
                String to = pairOption(copy.group(2), "to");
                String name = table + (from == null ? "" : "_" + from + "_" + to);
                if (!written.add(name)) {
                    continue;
                }
                Path file = dir.resolve(name + ".parquet");
                // Registered after the folder, so deleted before it.
                file.toFile().deleteOnExit();
                String query = nodeTables.contains(table.toLowerCase(Locale.ROOT)) ? "MATCH (a:" + table + ") RETURN a.*"
                        : relQuery(statement, table, from, to, relEndpoints);
                if (write(statement, query, file)) {
                    result.add("COPY " + table + " FROM \"" + file + "\""
                            + (from == null ? "" : " (from='" + from + "', to='" + to + "')"));
                }
            }
        }
        return result;
    }

    private static Set<String> nodeTables(Statement statement) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("CALL show_tables() RETURN name, type")) {
            while (rows.next()) {
                if (rows.getString(2).equals("NODE")) {
                    tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** FROM key, TO key, properties of the rels between the given (or the only) pair of node tables. */
    private static String relQuery(Statement statement, String table, String from, String to,
                                   Map<String, String[]> relEndpoints) throws SQLException {
        String[] pair = from != null ? new String[] {from, to} : relEndpoints.get(table.toLowerCase(Locale.ROOT));
        if (pair == null) {
            throw new SQLException("no FROM/TO pair known for rel table " + table);
        }
        StringBuilder query = new StringBuilder("MATCH (a:" + pair[0] + ")-[e:" + table + "]->(b:" + pair[1]
                + ") RETURN a." + primaryKey(statement, pair[0]) + ", b." + primaryKey(statement, pair[1]));
        try (ResultSet rows = statement.executeQuery("CALL table_info('" + table + "') RETURN name")) {
            while (rows.next()) {
                query.append(", e.`").append(rows.getString(1)).append('`');
            }
        }
        return query.toString();
    }

    /** The FROM and TO tables of each rel table with one pair, from its CREATE REL TABLE statement. */
    private static Map<String, String[]> relEndpoints(List<String> schema) {
        Map<String, String[]> endpoints = new HashMap<>();
        for (String line : schema) {
            Matcher rel = CREATE_REL.matcher(line);
            if (rel.find()) {
                endpoints.put(rel.group(1).toLowerCase(Locale.ROOT), new String[] {rel.group(2), rel.group(3)});
            }
        }
        return endpoints;
    }

    private static String primaryKey(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("CALL table_info('" + table + "') RETURN name, `primary key`")) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    return rows.getString(1);
                }
            }
        }
        throw new SQLException("no primary key in " + table);
    }

    private static String pairOption(String options, String name) {
        if (options == null) {
            return null;
        }
        Matcher option = PAIR_OPTION.matcher(options);
        while (option.find()) {
            if (option.group(1).equalsIgnoreCase(name)) {
                return option.group(2);
            }
        }
        return null;
    }

    /** Writes the query's rows to a Parquet file; false when there are none. */
    private static boolean write(Statement statement, String query, Path file) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            List<LogicalType> types = ResultSetChunks.types(rows.getMetaData());
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= types.size(); i++) {
                names.add(rows.getMetaData().getColumnLabel(i));
            }
            long[] count = new long[1];
            try (ParquetWriter writer = new ParquetWriter(file, names, types)) {
                ResultSetChunks.read(rows, types, chunk -> {
                    count[0] += chunk.numRows();
                    writer.write(chunk);
                });
            }
            return count[0] > 0;
        }
    }
}
