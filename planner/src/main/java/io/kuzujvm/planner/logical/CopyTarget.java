package io.kuzujvm.planner.logical;

import io.kuzujvm.engine.catalog.Catalog;
import io.kuzujvm.engine.catalog.RelTableEntry;
import io.kuzujvm.engine.catalog.TableEntry;
import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.Expression;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table a COPY fills and, for a rel table, which of its FROM/TO connections: the only one,
 * the one the options from and to name, or the one a legacy rel-group name
 * {@code <group>_<from>_<to>} names.
 */
record CopyTarget(TableEntry table, int pair) {

    /** Resolves the target; removes the options from and to it consumed. */
    static CopyTarget resolve(Catalog catalog, String name, Map<String, Expression> options) {
        Optional<TableEntry> entry = catalog.find(name);
        if (entry.isEmpty()) {
            return legacyRelGroupMember(catalog, name).orElseThrow(() -> KuzuException.binder(
                    "Table " + name + " does not exist."));
        }
        if (!(entry.get() instanceof RelTableEntry rel)) {
            return new CopyTarget(entry.get(), 0);
        }
        return new CopyTarget(rel, pair(rel, options));
    }

    /** Kùzu before 0.10 named each connection of a rel group as a table of its own. */
    private static Optional<CopyTarget> legacyRelGroupMember(Catalog catalog, String name) {
        for (TableEntry entry : catalog.tables()) {
            if (entry instanceof RelTableEntry rel && name.length() > rel.name().length()
                    && name.regionMatches(true, 0, rel.name() + "_", 0, rel.name().length() + 1)) {
                String fromTo = name.substring(rel.name().length() + 1);
                for (int p = 0; p < rel.connections().size(); p++) {
                    RelTableEntry.Connection connection = rel.connections().get(p);
                    if (fromTo.equalsIgnoreCase(connection.from().name() + "_" + connection.to().name())) {
                        return Optional.of(new CopyTarget(rel, p));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int pair(RelTableEntry table, Map<String, Expression> options) {
        Optional<String> from = removeStringOption(options, "from");
        Optional<String> to = removeStringOption(options, "to");
        if (table.connections().size() == 1 && from.isEmpty() && to.isEmpty()) {
            return 0;
        }
        for (int p = 0; p < table.connections().size(); p++) {
            RelTableEntry.Connection connection = table.connections().get(p);
            if (from.map(connection.from().name()::equalsIgnoreCase).orElse(false)
                    && to.map(connection.to().name()::equalsIgnoreCase).orElse(false)) {
                return p;
            }
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw KuzuException.binder("The table " + table.name() + " has multiple FROM and TO pairs defined in"
                    + " the schema. A specific pair of FROM and TO options is expected when copying data into the "
                    + table.name() + " table.");
        }
        throw KuzuException.binder("REL table " + table.name() + " does not contain " + from.get() + "-"
                + to.get() + " from-to pair.");
    }

    private static Optional<String> removeStringOption(Map<String, Expression> options, String name) {
        for (String key : List.copyOf(options.keySet())) {
            if (key.equalsIgnoreCase(name) && options.get(key) instanceof Expression.Literal literal) {
                options.remove(key);
                return Optional.of(String.valueOf(literal.value()));
            }
        }
        return Optional.empty();
    }
}
