package io.kuzujvm.engine.catalog;

import java.util.List;

/**
 * A scalar macro (CREATE MACRO): its parameters and its body as Cypher text. The engine
 * keeps the texts; the planner parses them where the macro is called.
 */
public record MacroEntry(String name, List<Parameter> parameters, String body) {

    /** A parameter; {@code defaultValue} is the text of its default expression, or null when it has none. */
    public record Parameter(String name, String defaultValue) {
    }

    public MacroEntry {
        parameters = List.copyOf(parameters);
    }

    /** The statement that creates the macro, as Kùzu's SHOW_MACROS prints it (and EXPORT DATABASE writes it). */
    public String definition() {
        List<String> declared = parameters.stream()
                .map(p -> p.defaultValue() == null ? p.name() : p.name() + ":=" + p.defaultValue()).toList();
        return "CREATE MACRO `" + name.replace("`", "``") + "` (" + String.join(",", declared) + ") AS " + body + ";";
    }
}
