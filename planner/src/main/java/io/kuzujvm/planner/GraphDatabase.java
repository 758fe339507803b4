package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.storage.Database;
import io.kuzujvm.planner.extension.AttachedDatabases;
import io.kuzujvm.planner.extension.DatabaseExtension;
import io.kuzujvm.planner.function.TableFunctions;
import io.kuzujvm.planner.settings.Settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * A database open in this process, shared by all its sessions: the engine's storage
 * and catalog, the databases attached to it, its table functions, and the built-in
 * extensions (found with ServiceLoader).
 */
public final class GraphDatabase implements AutoCloseable {

    private final Database engine;
    private final AttachedDatabases attachedDatabases = new AttachedDatabases();
    private final TableFunctions tableFunctions = new TableFunctions();
    private final Settings settings = new Settings();
    private final List<DatabaseExtension> extensions;

    private GraphDatabase(Database engine, List<DatabaseExtension> extensions) {
        this.engine = engine;
        this.extensions = List.copyOf(extensions);
        for (DatabaseExtension extension : extensions) {
            tableFunctions.registerAll(extension.tableFunctions());
        }
    }

    /** A new, empty in-memory database with every extension on the class path. */
    public static GraphDatabase inMemory() {
        return new GraphDatabase(new Database(), extensions());
    }

    /**
     * The database stored in a directory (created when missing). A writer locks the
     * directory against other writers (processes or instances); {@code readOnly} opens
     * without the lock, sees the last committed state and refuses writes.
     */
    public static GraphDatabase open(Path directory, boolean readOnly) {
        return new GraphDatabase(Database.open(directory, readOnly), extensions());
    }

    private static List<DatabaseExtension> extensions() {
        return ServiceLoader.load(DatabaseExtension.class,
                GraphDatabase.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    public Session openSession() {
        return new Session(this);
    }

    public Database engine() {
        return engine;
    }

    public AttachedDatabases attachedDatabases() {
        return attachedDatabases;
    }

    public Settings settings() {
        return settings;
    }

    public TableFunctions tableFunctions() {
        return tableFunctions;
    }

    /** The extension that INSTALL / LOAD EXTENSION name, or Kùzu's error. */
    DatabaseExtension extensionNamed(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return extensions.stream().filter(e -> e.names().contains(key)).findFirst()
                .orElseThrow(() -> new KuzuException(KuzuException.Kind.EXTENSION,
                        key + " is not an official extension. Non-official extensions can be installed"
                                + " directly by: `LOAD EXTENSION [EXTENSION_PATH]`."));
    }

    /** The extension that attaches a dbtype, or Kùzu's error. */
    DatabaseExtension extensionForDbType(String dbType) {
        String key = dbType.toLowerCase(Locale.ROOT);
        return extensions.stream().filter(e -> e.dbType().equals(key)).findFirst()
                .orElseThrow(() -> KuzuException.binder("Unsupported database type: " + dbType + "."));
    }

    @Override
    public void close() {
        try {
            attachedDatabases.closeAll();
        } finally {
            engine.close();
        }
    }
}
