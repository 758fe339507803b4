package io.kuzujvm.engine.catalog;

import java.util.List;
import java.util.Optional;

/** A table in the catalog. Names are case-insensitive and kept as written. */
public sealed interface TableEntry permits NodeTableEntry, RelTableEntry {

    long tableId();

    String name();

    List<Property> properties();

    /** The table kind as Kùzu's SHOW_TABLES prints it (NODE, REL). */
    String kindName();

    /** The text of COMMENT ON TABLE, empty when there is none. */
    String comment();

    /** The same table with another comment. */
    TableEntry withComment(String comment);

    default Optional<Integer> propertyIndex(String propertyName) {
        List<Property> props = properties();
        for (int i = 0; i < props.size(); i++) {
            if (props.get(i).name().equalsIgnoreCase(propertyName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
