package io.kuzujvm.planner.function;

import io.kuzujvm.engine.catalog.SequenceEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;

import java.util.ArrayList;
import java.util.List;

/** SHOW_SEQUENCES(): the sequences of the database with their options. */
final class ShowSequencesFunction implements TableFunction {

    @Override
    public String name() {
        return "show_sequences";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_SEQUENCES takes no arguments.");
        }
        List<SequenceEntry> sequences = database.engine().catalog().sequences();
        return new RowsFunction("ShowSequences",
                List.of("name", "database name", "start value", "increment", "min value", "max value", "cycle"),
                List.of(LogicalType.STRING, LogicalType.STRING, LogicalType.INT64, LogicalType.INT64,
                        LogicalType.INT64, LogicalType.INT64, LogicalType.BOOL),
                () -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (SequenceEntry s : sequences) {
                        rows.add(new Object[] {s.name(), "local(kuzu)", s.start(), s.increment(), s.minValue(),
                                s.maxValue(), s.cycle()});
                    }
                    return rows;
                });
    }
}
