package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.csv.CsvWarning;
import io.kuzujvm.engine.csv.CsvWarnings;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;

import java.util.ArrayList;
import java.util.List;

/** SHOW_WARNINGS(): the rows COPY / LOAD FROM skipped with IGNORE_ERRORS; CLEAR_WARNINGS() forgets them. */
final class ShowWarningsFunction implements TableFunction {

    @Override
    public String name() {
        return "show_warnings";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_WARNINGS takes no arguments.");
        }
        return new RowsFunction("ShowWarnings",
                List.of("query_id", "message", "file_path", "line_number", "skipped_line_or_record"),
                List.of(LogicalType.INT64, LogicalType.STRING, LogicalType.STRING, LogicalType.INT64,
                        LogicalType.STRING),
                () -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CsvWarning w : CsvWarnings.of(database.engine()).list()) {
                        rows.add(new Object[] {w.queryId(), w.message(), w.filePath(), w.lineNumber(),
                                w.skippedLineOrRecord()});
                    }
                    return rows;
                });
    }

    /** CLEAR_WARNINGS(). */
    static final class Clear implements TableFunction {

        @Override
        public String name() {
            return "clear_warnings";
        }

        @Override
        public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
            if (!arguments.isEmpty()) {
                throw KuzuException.binder("CLEAR_WARNINGS takes no arguments.");
            }
            return new RowsFunction("ClearWarnings", List.of(), List.of(), () -> {
                CsvWarnings.of(database.engine()).clear();
                return List.of();
            });
        }
    }
}
