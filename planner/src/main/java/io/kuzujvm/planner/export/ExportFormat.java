package io.kuzujvm.planner.export;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.export.CsvRowWriter;
import io.kuzujvm.engine.export.CsvWriteOptions;
import io.kuzujvm.engine.export.RowWriter;
import io.kuzujvm.engine.parquet.ParquetWriter;
import io.kuzujvm.engine.types.LogicalType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The file formats query rows can be written in, and the writer of each. */
public enum ExportFormat {
    CSV("csv"),
    PARQUET("parquet");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format; {@code options} are the statement's literal option values. */
    public RowWriter open(Path path, List<String> names, List<LogicalType> types, Map<String, Object> options) {
        return this == PARQUET ? new ParquetWriter(path, names, types)
                : new CsvRowWriter(path, names, types, CsvWriteOptions.parse(options));
    }

    /** COPY TO's format, from the file's extension. */
    public static ExportFormat ofPath(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz") || name.endsWith(".gzip") || name.endsWith(".zst")) {
            throw new KuzuException(KuzuException.Kind.IO, "Writing to compressed files is not supported yet.");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new KuzuException(KuzuException.Kind.RUNTIME, "Exporting query result to the '" + extension
                + "' file is currently not supported.");
    }

    /** EXPORT DATABASE's format option. */
    public static ExportFormat named(Object value) {
        if (!(value instanceof String name)) {
            throw KuzuException.binder("The type of format option must be a string.");
        }
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw KuzuException.binder("Export database currently only supports csv and parquet files.");
    }
}
