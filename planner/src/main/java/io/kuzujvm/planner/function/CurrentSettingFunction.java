package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.ValueFormatter;
import io.kuzujvm.planner.GraphDatabase;
import io.kuzujvm.planner.settings.Setting;

import java.util.ArrayList;
import java.util.List;

/** CURRENT_SETTING('name'): the value of an option, in a column named after it. */
final class CurrentSettingFunction implements TableFunction {

    @Override
    public String name() {
        return "current_setting";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof String name)) {
            throw KuzuException.binder("CURRENT_SETTING takes one STRING argument: the option name.");
        }
        Setting setting = Setting.named(name)
                .orElseThrow(() -> KuzuException.binder("Invalid option name: " + name + "."));
        // Kùzu shows every setting as text ("True", "4").
        return new RowsFunction("CurrentSetting(" + setting.optionName() + ")", List.of(setting.optionName()),
                List.of(LogicalType.STRING), () -> {
                    List<Object[]> rows = new ArrayList<>();
                    rows.add(new Object[] {ValueFormatter.format(database.settings().get(setting), setting.type())});
                    return rows;
                });
    }
}
