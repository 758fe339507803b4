package io.kuzujvm.planner.extension;

import io.kuzujvm.planner.function.TableFunction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in extension (found with ServiceLoader): the database type it attaches and
 * the table functions it adds. INSTALL and LOAD EXTENSION accept its names.
 */
public interface DatabaseExtension {

    /** Names accepted by INSTALL / LOAD EXTENSION (lower case), e.g. postgres, postgres_scanner. */
    List<String> names();

    /** The dbtype it attaches (lower case), e.g. postgres. */
    String dbType();

    /**
     * Connects to an external database. Without an alias the extension picks one (the
     * database name). Options are the ATTACH options other than dbtype, keys in lower
     * case, values as literals (String, Long, Boolean, ...).
     */
    AttachedDatabase attach(String connectionString, Optional<String> alias, Map<String, Object> options);

    List<TableFunction> tableFunctions();
}
