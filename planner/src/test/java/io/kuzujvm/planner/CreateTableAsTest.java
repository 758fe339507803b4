package io.kuzujvm.planner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CREATE NODE/REL TABLE ... AS query, and the checks of CREATE REL TABLE's pairs and options. */
class CreateTableAsTest extends InMemorySessionTest {

    @Test
    void nodeAndRelTablesFromQueries() {
        assertEquals(List.of("Table P has been created."),
                rows("CREATE NODE TABLE P AS UNWIND [1, 2, 3] AS x RETURN x AS id, concat('n', CAST(x AS STRING)) AS name"));
        assertEquals(List.of("1|n1", "2|n2", "3|n3"), rows("MATCH (p:P) RETURN p.* ORDER BY p.id"));
        rows("CREATE NODE TABLE Q AS MATCH (p:P) WHERE p.id > 1 RETURN p.name, p.id");
        assertEquals(List.of("n2|2", "n3|3"), rows("MATCH (q:Q) RETURN q.name, q.id ORDER BY q.id"));
        rows("CREATE REL TABLE K (FROM P TO P) AS MATCH (a:P), (b:P) WHERE a.id + 1 = b.id RETURN a.id, b.id, 7 AS w");
        assertEquals(List.of("1|2|7", "2|3|7"), rows("MATCH (a:P)-[k:K]->(b:P) RETURN a.id, b.id, k.w ORDER BY a.id"));
        assertEquals(List.of("Table K already exists."),
                rows("CREATE REL TABLE IF NOT EXISTS K (FROM P TO P) AS MATCH (a:P) RETURN a.id, a.id"));
    }

    @Test
    void errors() {
        rows("CREATE NODE TABLE P AS RETURN 1 AS id");
        assertEquals("Binder exception: P already exists in catalog.", error("CREATE NODE TABLE P AS RETURN 1"));
        assertEquals("Copy exception: Found duplicated primary key value 2, which violates the uniqueness"
                + " constraint of the primary key column.", error("CREATE NODE TABLE D AS UNWIND [2, 2] AS x RETURN x"));
        assertEquals(List.of(), rows("CALL show_tables() WHERE name = 'D' RETURN name"));
        assertEquals("Binder exception: Invalid primary key column type BOOL. Primary keys must be either STRING or"
                + " a numeric type.", error("CREATE NODE TABLE B AS RETURN true"));
        assertEquals("Binder exception: RETURN or WITH * is not allowed when there are no variables in scope.",
                error("CREATE NODE TABLE E AS RETURN *"));
        assertEquals("Binder exception: Multiple FROM/TO pairs are not supported for CREATE REL TABLE AS.",
                error("CREATE REL TABLE R (FROM P TO P, FROM P TO P) AS RETURN 1, 1"));
    }

    @Test
    void relTablePairsAndStorageDirection() {
        rows("CREATE NODE TABLE P (id INT64, PRIMARY KEY(id))");
        assertEquals("Binder exception: Found duplicate FROM-TO P-P pairs.",
                error("CREATE REL TABLE R (FROM P TO P, FROM P TO P)"));
        assertEquals("Runtime exception: Cannot parse invalid as ExtendDirection.",
                error("CREATE REL TABLE R (FROM P TO P) WITH (storage_direction = 'invalid')"));
        assertEquals(List.of("Table R has been created."),
                rows("CREATE REL TABLE R (FROM P TO P, MANY_ONE) WITH (storage_direction = 'fwd')"));
    }
}
