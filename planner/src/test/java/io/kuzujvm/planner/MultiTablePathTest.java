package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Recursive rels whose walks cross node and rel tables: several rel types, or none over several rel tables. */
class MultiTablePathTest extends InMemorySessionTest {

    /** People Ann(1) -K-> Bob(2); Ann -W-> Org 10; Bob -W-> Org 11 (size 50); Org 11 -L-> Cid(3). */
    @BeforeEach
    void graph() {
        rows("CREATE NODE TABLE P (id INT64, name STRING, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE O (id INT64, size INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE K (FROM P TO P, since INT64)");
        rows("CREATE REL TABLE W (FROM P TO O, year INT64)");
        rows("CREATE REL TABLE L (FROM O TO P)");
        rows("CREATE (:P {id: 1, name: 'Ann'}), (:P {id: 2, name: 'Bob'}), (:P {id: 3, name: 'Cid'}),"
                + " (:O {id: 10, size: 5}), (:O {id: 11, size: 50})");
        rows("MATCH (a:P {id: 1}), (b:P {id: 2}) CREATE (a)-[:K {since: 2001}]->(b)");
        rows("MATCH (a:P {id: 1}), (o:O {id: 10}) CREATE (a)-[:W {year: 2020}]->(o)");
        rows("MATCH (a:P {id: 2}), (o:O {id: 11}) CREATE (a)-[:W {year: 2021}]->(o)");
        rows("MATCH (o:O {id: 11}), (c:P {id: 3}) CREATE (o)-[:L]->(c)");
    }

    @Test
    void walksMixRelTablesAndEndAtNodesOfAnyTable() {
        assertEquals(List.of(
                "P|2|1|{_NODES: [], _RELS: [(0:0)-{_LABEL: K, _ID: 2:0, since: 2001}->(0:1)]}",
                "O|10|1|{_NODES: [], _RELS: [(0:0)-{_LABEL: W, _ID: 4:0, year: 2020}->(1:0)]}",
                "O|11|2|{_NODES: [{_ID: 0:1, _LABEL: P, id: 2, name: Bob}], _RELS: [(0:0)-{_LABEL: K, _ID: 2:0,"
                        + " since: 2001}->(0:1),(0:1)-{_LABEL: W, _ID: 4:1, year: 2021}->(1:1)]}"),
                rows("MATCH (a:P)-[e:K|:W*1..2]->(b) WHERE a.id = 1 RETURN label(b), b.id, length(e), e ORDER BY b.id"));
        // Without a type, walks take every rel table, through nodes of every table.
        assertEquals(List.of("2|[]|[2:0]", "3|[2,11]|[2:0,4:1,6:0]"), rows("MATCH (a:P {id: 1})-[e*1..3]->(b:P)"
                + " RETURN b.id, properties(nodes(e), 'id'), properties(rels(e), '_id') ORDER BY b.id"));
        assertEquals(List.of("11"), rows("MATCH (a:P {id: 1})-[e*1..3]->(b:O:P) WHERE b.id > 3 AND length(e) = 2"
                + " RETURN b.id"));
    }

    @Test
    void shortestPathsAcrossTables() {
        assertEquals(List.of("P|2|1", "P|3|3", "O|10|1", "O|11|2"), rows("MATCH (a:P {id: 1})-[e* SHORTEST 1..5]-(b)"
                + " RETURN label(b), b.id, length(e) ORDER BY b.id"));
        assertEquals(List.of("3|[2,11]"), rows("MATCH (a:P {id: 1})-[e* ALL SHORTEST 1..5]->(b:P {id: 3})"
                + " RETURN b.id, properties(nodes(e), 'id')"));
    }

    @Test
    void aFilterOnAPropertySomeTablesLackIsNullThere() {
        // P nodes have no size: only Bob (by name) and the big organisation let walks through.
        assertEquals(List.of("2|[]", "3|[2,11]", "10|[]", "11|[2]"),
                rows("MATCH (a:P {id: 1})-[e*1..3 (r, n | WHERE n.size > 10 OR n.name = 'Bob')]->(b)"
                        + " RETURN b.id, properties(nodes(e), 'id') ORDER BY b.id"));
        assertEquals(List.of("10", "11"), rows("MATCH (a:P {id: 1})-[e*1..2 (r, n | WHERE r.year > 0 OR r.since > 0)]->(b:O)"
                + " RETURN b.id ORDER BY b.id"));
    }

    @Test
    void namedPathsOverSeveralTables() {
        assertEquals(List.of("[2,11,3]|[W,L]", "[2,11]|[W]"), rows("MATCH p = (a)-[e*1..2]->(b) WHERE a.id = 2"
                + " RETURN properties(nodes(p), 'id'), properties(rels(p), '_label') ORDER BY length(p) DESC"));
        assertEquals(List.of("{_NODES: [{_ID: 0:1, _LABEL: P, id: 2, name: Bob},{_ID: 1:1, _LABEL: O, id: 11,"
                + " size: 50}], _RELS: [(0:1)-{_LABEL: W, _ID: 4:1, year: 2021}->(1:1)]}"),
                rows("MATCH p = (a)-[]->(b) WHERE a.id = 2 RETURN p"));
    }
}
