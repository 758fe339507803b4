package io.kuzujvm.planner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MATCH and RETURN corners: unconnected patterns, ORDER BY over dropped variables, ranges, DEFAULT values. */
class MatchAndReturnTest extends InMemorySessionTest {

    @Test
    void propertiesOfNodesInListsAndFieldsOfStructs() {
        rows("CREATE NODE TABLE P(id INT64, name STRING, PRIMARY KEY(id))");
        rows("CREATE (:P {id: 1, name: 'a'}), (:P {id: 2, name: 'b'})");
        assertEquals(List.of("a", "b"), rows("MATCH (p:P) WITH collect(p) AS ps UNWIND ps AS q RETURN q.name"
                + " ORDER BY q.name"));
        assertEquals(List.of("x|3"), rows("WITH {a: {c: 3}, b: 'x'} AS s RETURN s.b, s.a.c"));
        assertEquals("Binder exception: Invalid struct field name: z.", error("RETURN {a: 1}.z"));
    }

    @Test
    void unionAndUnionAll() {
        rows("CREATE NODE TABLE P(id INT64, name STRING, PRIMARY KEY(id))");
        rows("CREATE (:P {id: 1, name: 'a'}), (:P {id: 2, name: 'b'})");
        assertEquals(List.of("1", "1", "2", "2"), rows("MATCH (p:P) RETURN p.id UNION ALL MATCH (q:P) RETURN q.id")
                .stream().sorted().toList());
        assertEquals(List.of("1", "2"), rows("MATCH (p:P) RETURN p.id UNION MATCH (q:P) RETURN q.id")
                .stream().sorted().toList());
        assertEquals("Binder exception: q.id has data type INT64 but STRING was expected.",
                error("MATCH (p:P) RETURN p.name UNION ALL MATCH (q:P) RETURN q.id"));
        assertEquals("Binder exception: The number of columns to union/union all must be the same.",
                error("RETURN 1, 2 UNION RETURN 3"));
        assertEquals("Binder exception: Union and union all can not be used together.",
                error("RETURN 1 UNION RETURN 2 UNION ALL RETURN 3"));
    }

    @Test
    void idLabelAndOffsetOfNodesAndRels() {
        rows("CREATE NODE TABLE A(id INT64, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE B(id INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE R(FROM A TO B)");
        rows("CREATE (:A {id: 1}), (:B {id: 2}), (:B {id: 3})");
        rows("MATCH (a:A), (b:B) CREATE (a)-[:R]->(b)");
        assertEquals(List.of("0:0|1:0|2:0|B|R|0", "0:0|1:1|2:1|B|R|1"), rows("MATCH (a:A)-[r:R]->(b:B)"
                + " RETURN id(a), id(b), id(r), label(b), label(r), offset(id(b)) ORDER BY id(b)"));
        assertEquals(List.of("1:1"), rows("MATCH (b:B) WHERE id(b) <> id(b) OR b.id = 3 RETURN id(b)"));
    }

    @Test
    void unconnectedPatternsMatchNothingAndDefaultsTakeTheColumnType() {
        rows("CREATE NODE TABLE P (id INT64, rating DOUBLE DEFAULT 0, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE Q (id INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE R (FROM P TO P)");
        rows("CREATE (:P {id: 1})-[:R]->(:P {id: 2})");
        assertEquals(List.of("1|0.000000"), rows("MATCH (p:P {id: 1}) RETURN p.*"));
        assertEquals(List.of(), rows("MATCH (a:P)-[:R]->(b:Q) RETURN a.id, b.id"));
        assertEquals(List.of("0"), rows("MATCH (a:Q)-[:R]->(b:P) RETURN count(*)"));
    }

    @Test
    void orderByReadsVariablesTheProjectionDrops() {
        rows("CREATE NODE TABLE P AS UNWIND [3, 1, 2] AS x RETURN x AS id, concat('n', CAST(x AS STRING)) AS name");
        assertEquals(List.of("n3", "n2", "n1"), rows("MATCH (p:P) RETURN p.name ORDER BY p.id DESC"));
        assertEquals(List.of("{_ID: 0:1, _LABEL: P, id: 1, name: n1}"), rows("MATCH (p:P) RETURN * ORDER BY p.id LIMIT 1"));
        assertEquals(List.of("n1|1", "n2|2"), rows("MATCH (p:P) RETURN p.name AS name, p.id AS id ORDER BY id LIMIT 2"));
    }

    @Test
    void mapDefaults() {
        rows("CREATE NODE TABLE P AS RETURN 1 AS id");
        rows("ALTER TABLE P ADD random MAP(STRING, INT64) DEFAULT map(['key1','key2'],[400,250])");
        assertEquals(List.of("{key1=400, key2=250}"), rows("MATCH (p:P) RETURN p.random"));
    }

    @Test
    void rangeFilters() {
        rows("CREATE NODE TABLE P AS UNWIND range(1, 10) AS x RETURN x AS id");
        assertEquals(List.of("4"), rows("MATCH (p:P) WHERE p.id > 3 AND p.id < 8 RETURN count(*)"));
        assertEquals(List.of("3"), rows("MATCH (p:P) WHERE p.id = 1 OR p.id = 2 OR p.id = 9 RETURN count(*)"));
        rows("CREATE REL TABLE K (FROM P TO P) AS MATCH (a:P), (b:P) WHERE b.id = a.id + 1 RETURN a.id, b.id");
        assertEquals(List.of("4"), rows("MATCH (a:P)-[k:K]->(b:P) WHERE a.id > 3 AND a.id < 8 RETURN count(*)"));
    }
}
