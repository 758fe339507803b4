package io.kuzujvm.planner.export;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.QueryResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * EXPORT DATABASE: writes schema.cypher, one data file per node table and per rel table
 * connection, copy.cypher with the COPY statements that load them back, and macro.cypher.
 */
public final class DatabaseExporter {

    private final Catalog catalog;
    private final Function<String, QueryResult> readQuery;

    /** @param readQuery runs a reading Cypher query */
    public DatabaseExporter(Catalog catalog, Function<String, QueryResult> readQuery) {
        this.catalog = catalog;
        this.readQuery = readQuery;
    }

    public void export(String directory, Map<String, Object> givenOptions) {
        Map<String, Object> options = new LinkedHashMap<>(givenOptions);
        Object formatName = OptionValues.remove(options, "format");
        ExportFormat format = formatName == null ? ExportFormat.CSV : ExportFormat.named(formatName);
        if (format != ExportFormat.CSV && !options.isEmpty()) {
            throw KuzuException.binder("Only export to csv can have options.");
        }
        if (format == ExportFormat.CSV && !options.keySet().stream().anyMatch("header"::equalsIgnoreCase)) {
            // Said explicitly, so that importing never takes a first row of strings for a header.
            options.put("header", false);
        }
        Path dir = Path.of(directory);
        if (Files.exists(dir)) {
            throw new KuzuException(KuzuException.Kind.RUNTIME, "Directory " + directory + " already exists.");
        }
        StringBuilder copies = new StringBuilder();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.cypher"), SchemaScript.of(catalog));
            for (TableEntry table : catalog.tables()) {
                for (DataFile file : dataFiles(table, format)) {
                    QueryRowsFile.write(readQuery.apply(file.query()), dir.resolve(file.name()), format, options);
                    copies.append(file.copyStatement(options));
                }
            }
            Files.writeString(dir.resolve("copy.cypher"), copies.toString());
            // Macros are not supported here, so there are none to export.
            Files.writeString(dir.resolve("macro.cypher"), "");
        } catch (IOException e) {
            throw KuzuException.io(directory, e);
        }
    }

    /** One data file: the query that reads its rows and the COPY that loads them into a table. */
    private record DataFile(String name, String query, String table, String columns, String pairOptions) {

        String copyStatement(Map<String, Object> csvOptions) {
            List<String> options = new ArrayList<>();
            if (!pairOptions.isEmpty()) {
                options.add(pairOptions);
            }
            csvOptions.forEach((name, value) -> options.add(name + "=" + literal(value)));
            return "COPY " + SchemaScript.quoted(table) + columns + " FROM \"" + name + "\""
                    + (options.isEmpty() ? "" : " (" + String.join(", ", options) + ")") + ";\n";
        }
    }

    private static List<DataFile> dataFiles(TableEntry table, ExportFormat format) {
        String name = table.name();
        if (table instanceof NodeTableEntry node) {
            // The column list keeps SERIAL values, which COPY would otherwise number anew.
            String columns = node.properties().stream().map(p -> SchemaScript.quoted(p.name()))
                    .collect(Collectors.joining(", ", " (", ")"));
            String query = "MATCH (n:" + SchemaScript.quoted(name) + ") RETURN "
                    + projection("n", node.properties(), List.of());
            return List.of(new DataFile(name + "." + format.extension(), query, name, columns, ""));
        }
        RelTableEntry rel = (RelTableEntry) table;
        List<DataFile> files = new ArrayList<>();
        for (RelTableEntry.Connection connection : rel.connections()) {
            String from = connection.from().name();
            String to = connection.to().name();
            boolean group = rel.connections().size() > 1;
            String query = "MATCH (a:" + SchemaScript.quoted(from) + ")-[r:" + SchemaScript.quoted(name) + "]->(b:"
                    + SchemaScript.quoted(to) + ") RETURN " + projection("r", rel.properties(), List.of(
                    "a." + SchemaScript.quoted(connection.from().primaryKey().name()) + " AS `from`",
                    "b." + SchemaScript.quoted(connection.to().primaryKey().name()) + " AS `to`"));
            files.add(new DataFile((group ? name + "_" + from + "_" + to : name) + "." + format.extension(), query,
                    name, "", group ? "from=" + literal(from) + ", to=" + literal(to) : ""));
        }
        return files;
    }

    private static String projection(String variable, List<Property> properties, List<String> leading) {
        List<String> items = new ArrayList<>(leading);
        for (Property property : properties) {
            items.add(variable + "." + SchemaScript.quoted(property.name()) + " AS "
                    + SchemaScript.quoted(property.name()));
        }
        return String.join(", ", items);
    }

    private static String literal(Object value) {
        return value instanceof String text ? "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
                : String.valueOf(value);
    }
}
