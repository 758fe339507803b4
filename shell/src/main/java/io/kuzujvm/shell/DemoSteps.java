package io.kuzujvm.shell;

import java.util.List;

/** The statements of Kùzu's PostgreSQL extension example, in order. */
public final class DemoSteps {

    public static final String ALIAS = "uw";
    public static final String PASSWORD = "postgres";

    public static final String LOAD_ALL = "LOAD FROM uw.person RETURN *;";
    public static final String LOAD_FILTERED = "LOAD FROM uw.person WHERE age > 25 RETURN name;";
    public static final String EXPLAIN_FILTERED = "EXPLAIN " + LOAD_FILTERED;
    public static final String MATCH_COPIED = "MATCH (p:person) RETURN p.*;";

    private DemoSteps() {}

    /** The steps against a PostgreSQL server on localhost at this port. */
    public static List<DemoStep> postgresExample(int port) {
        return List.of(
                DemoStep.of("INSTALL postgres_scanner;"),
                DemoStep.of("LOAD EXTENSION postgres_scanner;"),
                DemoStep.of("ATTACH 'dbname=" + UniversityDatabase.DATABASE + " user=postgres host=localhost password="
                        + PASSWORD + " port=" + port + "' AS " + ALIAS + " (dbtype 'postgres');"),
                DemoStep.of(LOAD_ALL),
                DemoStep.of(LOAD_FILTERED),
                DemoStep.of(EXPLAIN_FILTERED),
                DemoStep.of("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name));"),
                DemoStep.of("COPY Person FROM (LOAD FROM uw.person RETURN *);"),
                DemoStep.of(MATCH_COPIED),
                DemoStep.of("CALL POSTGRES_CLEAR_CACHE() RETURN *;"),
                DemoStep.of("DETACH " + ALIAS + ";"));
    }
}
