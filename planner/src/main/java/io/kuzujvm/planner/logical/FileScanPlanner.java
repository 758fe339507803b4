package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.csv.CsvFiles;
import io.kuzujvm.engine.csv.CsvOptions;
import io.kuzujvm.engine.csv.CsvScanOperator;
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
import java.util.Set;

/** Plans scans of files (LOAD FROM 'file', COPY ... FROM 'file'). */
public final class FileScanPlanner {

    private FileScanPlanner() {
    }

    /** LOAD [WITH HEADERS (name TYPE, ...)] FROM files: the given columns fix the names and types. */
    public static RelNode plan(PlanContext context, Clause.FileSource source) {
        if (source.columns().isEmpty()) {
            return plan(context, source.paths(), source.options(), Optional.empty(), false);
        }
        List<Property> columns = new ArrayList<>();
        for (Clause.HeaderColumn column : source.columns()) {
            columns.add(new Property(column.name(), LogicalType.parse(column.type())));
        }
        return plan(context, source.paths(), source.options(), Optional.of(columns), true);
    }

    /**
     * A leaf that reads the files. {@code columnTypes} fixes the columns (COPY into a table: values
     * are read as, or cast to, their types), or is empty to detect them (LOAD FROM).
     */
    public static RelNode plan(PlanContext context, List<String> paths, Map<String, Expression> givenOptions,
                               Optional<List<Property>> columnTypes) {
        return plan(context, paths, givenOptions, columnTypes, false);
    }

    /** COPY T FROM ('a.npy', 'b.npy') BY COLUMN: each .npy file fills one column. */
    public static RelNode planByColumn(PlanContext context, List<String> paths, Map<String, Expression> options,
                                       List<Property> columns) {
        String format = formatFromExtension(paths.get(0));
        if (!format.equals("npy")) {
            throw KuzuException.binder("Copy by column with " + format + " file type is not supported.");
        }
        return plan(context, paths, options, Optional.of(columns), false);
    }

    /** {@code declaredColumns}: the columns come from LOAD WITH HEADERS (checked against a typed file, not cast). */
    private static RelNode plan(PlanContext context, List<String> paths, Map<String, Expression> givenOptions,
                                Optional<List<Property>> columnTypes, boolean declaredColumns) {
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
        if (!List.of("csv", "parquet", "npy", "json").contains(format)) {
            throw KuzuException.binder("Cannot load from file type " + format
                    + ". If this file type is part of a kuzu extension please load the extension then try again.");
        }
        if (format.equals("json")) {
            CsvFiles.expand(paths);
            throw KuzuException.notImplemented("Reading json files");
        }
        for (String path : paths) {
            if (path.indexOf('*') < 0 && path.indexOf('?') < 0 && Files.isDirectory(Path.of(path))) {
                throw KuzuException.binder("Provided path is not a file: " + path + ".");
            }
        }
        return switch (format) {
            case "parquet" -> ParquetScanPlanner.scan(context, CsvFiles.expand(paths), options.keySet(),
                    columnTypes, declaredColumns);
            case "npy" -> NpyScanPlanner.scan(context, CsvFiles.expand(paths), options.keySet(), columnTypes);
            default -> csvScan(context, paths, options, columnTypes);
        };
    }

    private static RelNode csvScan(PlanContext context, List<String> paths, Map<String, Expression> options,
                                   Optional<List<Property>> columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> option : options.entrySet()) {
            values.put(option.getKey(), literal(option.getKey(), option.getValue()));
        }
        CsvOptions csvOptions = CsvOptions.parse(values);
        List<String> files = CsvFiles.expand(paths);
        CsvSchema schema = CsvSniffer.sniff(files, csvOptions, columns.map(c -> c.stream().map(Property::name)
                .toList()), columns.map(c -> c.stream().map(Property::type).toList()));
        return new FileScan(context.cluster(), files, schema.names(), schema.types(),
                database -> new CsvScanOperator(files, schema, database));
    }

    /** Parquet and NumPy files take no reading options but IGNORE_ERRORS. */
    static void onlyIgnoreErrors(Set<String> options, String format) {
        if (options.stream().anyMatch(option -> !option.equalsIgnoreCase("IGNORE_ERRORS"))) {
            throw KuzuException.binder("Copy from " + format + " cannot have options other than IGNORE_ERRORS.");
        }
    }

    /** The files must have as many columns as expected (Kùzu's message). */
    static void checkColumnCount(int expected, int found) {
        if (expected != found) {
            throw KuzuException.binder("Number of columns mismatch. Expected " + expected + " but got " + found + ".");
        }
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
