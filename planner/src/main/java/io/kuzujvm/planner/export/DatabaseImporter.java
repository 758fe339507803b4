package io.kuzujvm.planner.export;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.parser.StatementParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * IMPORT DATABASE: runs an exported directory's schema.cypher, copy.cypher (file names
 * relative to the directory), macro.cypher and index.cypher, in that order.
 */
public final class DatabaseImporter {

    private final StatementParser parser = new StatementParser();
    private final Consumer<Statement> executor;

    /** @param executor runs one statement on the importing database */
    public DatabaseImporter(Consumer<Statement> executor) {
        this.executor = executor;
    }

    public void importFrom(String directory) {
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            throw KuzuException.binder("Directory " + directory + " does not exist.");
        }
        if (!Files.exists(dir.resolve("schema.cypher"))) {
            throw KuzuException.binder("File " + dir.resolve("schema.cypher") + " does not exist.");
        }
        for (String script : List.of("schema.cypher", "copy.cypher", "macro.cypher", "index.cypher")) {
            Path file = dir.resolve(script);
            if (Files.exists(file)) {
                run(read(file), dir);
            }
        }
    }

    private void run(String script, Path dir) {
        if (script.isBlank()) {
            return;
        }
        for (StatementParser.ParsedStatement parsed : parser.parse(script)) {
            Statement statement = parsed.statement();
            if (statement instanceof Statement.CopyFrom copy && copy.source() instanceof CopySource.FromFiles files) {
                List<String> paths = files.paths().stream().map(p -> dir.resolve(p).toString()).toList();
                statement = new Statement.CopyFrom(copy.table(), copy.columns(), new CopySource.FromFiles(paths),
                        copy.options());
            }
            executor.accept(statement);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw KuzuException.io(file.toString(), e);
        }
    }
}
