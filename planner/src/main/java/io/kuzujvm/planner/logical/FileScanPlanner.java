package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.csv.CsvFiles;
import io.kuzujvm.engine.csv.CsvOptions;
import io.kuzujvm.engine.csv.CsvSchema;
import io.kuzujvm.engine.csv.CsvSniffer;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.Expression;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plans scans of files (LOAD FROM 'file', COPY ... FROM 'file'). */
public final class FileScanPlanner {

    private FileScanPlanner() {
    }

    /** LOAD [WITH HEADERS (name TYPE, ...)] FROM files: the given columns fix the names and types. */
    public static RelNode plan(PlanContext context, Clause.FileSource source) {
        if (source.columns().isEmpty()) {
            return plan(context, source.paths(), source.options(), Optional.empty());
        }
        List<Property> columns = new ArrayList<>();
        for (Clause.HeaderColumn column : source.columns()) {
            columns.add(new Property(column.name(), LogicalType.parse(column.type())));
        }
        return plan(context, source.paths(), source.options(), Optional.of(columns));
    }

    /**
     * A leaf that reads the files. {@code columnTypes} fixes the columns (COPY into a table),
     * or is empty to detect them (LOAD FROM).
     */
    public static RelNode plan(PlanContext context, List<String> paths, Map<String, Expression> givenOptions,
                               Optional<List<Property>> columnTypes) {
        Map<String, Expression> options = new LinkedHashMap<>();
        String fileFormat = null;
        for (Map.Entry<String, Expression> option : givenOptions.entrySet()) {
            if (option.getKey().equalsIgnoreCase("FILE_FORMAT")) {
                Object value = literal(option.getKey(), option.getValue());
                if (!(value instanceof String format)) {
                    throw KuzuException.binder("The type of option FILE_FORMAT must be a STRING.");
                }
                fileFormat = format.toLowerCase(Locale.ROOT);
            } else {
                options.put(option.getKey(), option.getValue());
            }
        }
        String format = fileFormat != null ? fileFormat : formatFromExtension(paths.isEmpty() ? "" : paths.get(0));
        switch (format) {
            case "csv" -> {
                // read below
            }
            case "parquet", "npy", "json" -> {
                CsvFiles.expand(paths);
                throw KuzuException.notImplemented("Reading " + format + " files");
            }
            default -> throw KuzuException.binder("Cannot load from file type " + format
                    + ". If this file type is part of a kuzu extension please load the extension then try again.");
        }
        for (String path : paths) {
            if (path.indexOf('*') < 0 && path.indexOf('?') < 0 && Files.isDirectory(Path.of(path))) {
                throw KuzuException.binder("Provided path is not a file: " + path + ".");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> option : options.entrySet()) {
            values.put(option.getKey(), literal(option.getKey(), option.getValue()));
        }
        CsvOptions csvOptions = CsvOptions.parse(values);
        List<String> files = CsvFiles.expand(paths);
        if (columnTypes.isEmpty()) {
            CsvSchema schema = CsvSniffer.sniff(files, csvOptions, Optional.empty(), Optional.empty());
            return new FileScan(context.cluster(), files, schema);
        }
        List<String> names = columnTypes.get().stream().map(Property::name).toList();
        List<LogicalType> types = columnTypes.get().stream().map(Property::type).toList();
        return new FileScan(context.cluster(), files, CsvSniffer.sniff(files, csvOptions, Optional.of(names),
                Optional.of(types)));
    }

    /**
     * Kùzu's file type from a file name: csv, parquet, npy, json; a compressed (.gz, .gzip, .zst)
     * file must be a CSV file. Anything else is returned as its extension (an unknown type).
     */
    static String formatFromExtension(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        boolean compressed = false;
        for (String suffix : List.of(".gz", ".gzip", ".zst")) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                compressed = true;
                break;
            }
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (compressed) {
            if (!extension.isEmpty() && !extension.equals("csv")) {
                throw new KuzuException(KuzuException.Kind.IO,
                        "Kuzu currently only supports reading from compressed csv files.");
            }
            if (lower.endsWith(".zst")) {
                throw KuzuException.notImplemented("Reading zst files");
            }
            return "csv";
        }
        return switch (extension) {
            case "csv", "" -> "csv";
            case "parquet" -> "parquet";
            case "npy" -> "npy";
            case "json", "jsonl" -> "json";
            default -> extension;
        };
    }

    private static Object literal(String name, Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            return literal.value();
        }
        if (expression instanceof Expression.ListLiteral list) {
            List<Object> values = new ArrayList<>();
            for (Expression element : list.elements()) {
                values.add(literal(name, element));
            }
            return values;
        }
        throw KuzuException.binder("The value of option " + name + " must be a literal.");
    }
}
