package io.kuzujvm.planner.export;

import io.kuzujvm.engine.csv.CsvFiles;
import io.kuzujvm.engine.export.RowWriter;
import io.kuzujvm.engine.vector.DataChunk;
import io.kuzujvm.planner.QueryResult;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Writes the rows of a query result to a file (COPY TO, the data files of EXPORT DATABASE). */
public final class QueryRowsFile {

    private QueryRowsFile() {
    }

    /** COPY (query) TO path: the format comes from the file's extension; {@code ~/} is the home directory. */
    public static void write(Supplier<QueryResult> query, String path, Map<String, Object> options) {
        ExportFormat format = ExportFormat.ofPath(path);
        write(query.get(), Path.of(CsvFiles.expandHome(path)), format, options);
    }

    static void write(QueryResult rows, Path path, ExportFormat format, Map<String, Object> options) {
        try (rows; RowWriter writer = format.open(path, rows.columnNames(), rows.columnTypes(), options)) {
            DataChunk chunk;
            while ((chunk = rows.nextChunk()) != null) {
                writer.write(chunk);
            }
        }
    }
}
