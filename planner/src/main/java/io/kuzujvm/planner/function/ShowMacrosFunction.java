package io.kuzujvm.planner.function;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;

import java.util.List;

/** SHOW_MACROS(): each macro's name and the statement that creates it. */
final class ShowMacrosFunction implements TableFunction {

    @Override
    public String name() {
        return "show_macros";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_MACROS takes no arguments.");
        }
        List<MacroEntry> macros = database.engine().catalog().macros();
        return new RowsFunction("ShowMacros", List.of("name", "definition"),
                List.of(LogicalType.STRING, LogicalType.STRING),
                () -> macros.stream().map(m -> new Object[] {m.name(), m.definition()}).toList());
    }
}
