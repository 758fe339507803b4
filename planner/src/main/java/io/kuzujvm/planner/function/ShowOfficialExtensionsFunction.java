package io.kuzujvm.planner.function;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.planner.GraphDatabase;

import java.util.List;

/** SHOW_OFFICIAL_EXTENSIONS(): Kùzu's list of its official extensions, as Kùzu 0.11 shows it. */
final class ShowOfficialExtensionsFunction implements TableFunction {

    private static final List<Object[]> EXTENSIONS = List.of(
            new Object[] {"ALGO", "Adds support for graph algorithms"},
            new Object[] {"AZURE", "Adds support for reading from azure blob storage"},
            new Object[] {"DELTA", "Adds support for reading from delta tables"},
            new Object[] {"DUCKDB", "Adds support for reading from duckdb tables"},
            new Object[] {"FTS", "Adds support for full-text search indexes"},
            new Object[] {"HTTPFS", "Adds support for reading and writing files over a HTTP(S)/S3 filesystem"},
            new Object[] {"ICEBERG", "Adds support for reading from iceberg tables"},
            new Object[] {"JSON", "Adds support for JSON operations"},
            new Object[] {"LLM", "Adds support for LLM operations"},
            new Object[] {"NEO4J", "Adds support for migrating nodes and rels from neo4j to kuzu"},
            new Object[] {"POSTGRES", "Adds support for reading from POSTGRES tables"},
            new Object[] {"SQLITE", "Adds support for reading from SQLITE tables"},
            new Object[] {"UNITY_CATALOG", "Adds support for scanning delta tables registered in unity catalog"});

    @Override
    public String name() {
        return "show_official_extensions";
    }

    @Override
    public BoundTableFunction bind(List<Object> arguments, GraphDatabase database) {
        if (!arguments.isEmpty()) {
            throw KuzuException.binder("SHOW_OFFICIAL_EXTENSIONS takes no arguments.");
        }
        return new RowsFunction("ShowOfficialExtensions", List.of("name", "description"),
                List.of(LogicalType.STRING, LogicalType.STRING), () -> EXTENSIONS);
    }
}
