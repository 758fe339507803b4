package io.kuzujvm.planner.extension;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The databases attached to one database, by alias (case-insensitive). */
public final class AttachedDatabases {

    private final Map<String, AttachedDatabase> byAlias = new LinkedHashMap<>();

    private static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }

    public synchronized void add(AttachedDatabase database) {
        if (byAlias.containsKey(key(database.alias()))) {
            database.close();
            throw KuzuException.binder("Duplicate attached database name: " + database.alias()
                    + ". Attached database name must be unique.");
        }
        byAlias.put(key(database.alias()), database);
    }

    public synchronized boolean contains(String alias) {
        return byAlias.containsKey(key(alias));
    }

    public synchronized Optional<AttachedDatabase> find(String alias) {
        return Optional.ofNullable(byAlias.get(key(alias)));
    }

    /** The attached database, or Kùzu's error for an unknown alias. */
    public synchronized AttachedDatabase get(String alias) {
        return find(alias).orElseThrow(() -> KuzuException.runtime("No database named " + alias + "."));
    }

    public synchronized void detach(String alias) {
        AttachedDatabase removed = byAlias.remove(key(alias));
        if (removed == null) {
            throw KuzuException.runtime("Database: " + alias + " doesn't exist.");
        }
        removed.close();
    }

    public synchronized List<AttachedDatabase> list() {
        return new ArrayList<>(byAlias.values());
    }

    public synchronized void closeAll() {
        for (AttachedDatabase database : byAlias.values()) {
            database.close();
        }
        byAlias.clear();
    }
}
