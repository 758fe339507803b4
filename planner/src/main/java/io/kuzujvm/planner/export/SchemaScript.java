package io.kuzujvm.planner.export;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.NodeTableEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.SequenceEntry;
import io.kuzujvm.engine.catalog.TableEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of an exported database's schema.cypher: sequences (a used one restarts
 * at its current value and takes it, so currval survives), node tables, rel tables, table
 * comments, then macros.
 */
final class SchemaScript {

    private SchemaScript() {
    }

    static String of(Catalog catalog) {
        StringBuilder script = new StringBuilder();
        for (SequenceEntry sequence : catalog.sequences()) {
            script.append("CREATE SEQUENCE ").append(quoted(sequence.name()))
                    .append(" START ").append(sequence.used() ? sequence.currentValue() : sequence.start())
                    .append(" INCREMENT ").append(sequence.increment())
                    .append(" MINVALUE ").append(sequence.minValue())
                    .append(" MAXVALUE ").append(sequence.maxValue())
                    .append(sequence.cycle() ? " CYCLE" : " NO CYCLE").append(";\n");
            if (sequence.used()) {
                script.append("RETURN nextval('").append(sequence.name().replace("'", "\\'")).append("');\n");
            }
        }
        for (TableEntry table : catalog.tables()) {
            if (table instanceof NodeTableEntry node) {
                List<String> parts = properties(node.properties());
                parts.add("PRIMARY KEY(" + quoted(node.primaryKey().name()) + ")");
                script.append("CREATE NODE TABLE ").append(quoted(node.name())).append(" (")
                        .append(String.join(", ", parts)).append(");\n");
            }
        }
        for (TableEntry table : catalog.tables()) {
            if (table instanceof RelTableEntry rel) {
                List<String> parts = new ArrayList<>();
                for (RelTableEntry.Connection connection : rel.connections()) {
                    parts.add("FROM " + quoted(connection.from().name()) + " TO " + quoted(connection.to().name()));
                }
                parts.addAll(properties(rel.properties()));
                parts.add(rel.multiplicity().name());
                script.append("CREATE REL TABLE ").append(quoted(rel.name())).append(" (")
                        .append(String.join(", ", parts)).append(");\n");
            }
        }
        for (TableEntry table : catalog.tables()) {
            if (!table.comment().isEmpty()) {
                script.append("COMMENT ON TABLE ").append(quoted(table.name())).append(" IS '")
                        .append(table.comment().replace("\\", "\\\\").replace("'", "\\'")).append("';\n");
            }
        }
        for (MacroEntry macro : catalog.macros()) {
            script.append(macro.definition()).append('\n');
        }
        return script.toString();
    }

    private static List<String> properties(List<Property> properties) {
        List<String> definitions = new ArrayList<>();
        for (Property property : properties) {
            definitions.add(quoted(property.name()) + " " + property.type()
                    + (property.defaultExpression() == null ? "" : " DEFAULT " + property.defaultExpression()));
        }
        return definitions;
    }

    /** A name in backquotes, as Kùzu writes them. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
