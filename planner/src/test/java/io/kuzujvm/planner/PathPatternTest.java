package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Recursive rels with a variable, named paths, and the recursive pattern types, printed as Kùzu prints them. */
class PathPatternTest extends InMemorySessionTest {

    /** Ann -> Bob -> Cid -> Ann (a cycle), Bob -> Dan. */
    @BeforeEach
    void graph() {
        rows("CREATE NODE TABLE P (name STRING, age INT64, PRIMARY KEY(name))");
        rows("CREATE REL TABLE K (FROM P TO P, since INT64)");
        rows("CREATE (:P {name: 'Ann', age: 30}), (:P {name: 'Bob', age: 40}), (:P {name: 'Cid', age: 50}),"
                + " (:P {name: 'Dan', age: 60})");
        rows("MATCH (a:P {name: 'Ann'}), (b:P {name: 'Bob'}) CREATE (a)-[:K {since: 2001}]->(b)");
        rows("MATCH (a:P {name: 'Bob'}), (b:P {name: 'Cid'}) CREATE (a)-[:K {since: 2002}]->(b)");
        rows("MATCH (a:P {name: 'Cid'}), (b:P {name: 'Ann'}) CREATE (a)-[:K {since: 2003}]->(b)");
        rows("MATCH (a:P {name: 'Bob'}), (b:P {name: 'Dan'}) CREATE (a)-[:K {since: 2004}]->(b)");
    }

    @Test
    void recursiveRelVariableIsAPathOfIntermediateNodesAndRels() {
        assertEquals(List.of(
                "Bob|1|{_NODES: [], _RELS: [(0:0)-{_LABEL: K, _ID: 1:0, since: 2001}->(0:1)]}",
                "Cid|2|{_NODES: [{_ID: 0:1, _LABEL: P, name: Bob, age: 40}], _RELS: [(0:0)-{_LABEL: K, _ID: 1:0,"
                        + " since: 2001}->(0:1),(0:1)-{_LABEL: K, _ID: 1:1, since: 2002}->(0:2)]}",
                "Dan|2|{_NODES: [{_ID: 0:1, _LABEL: P, name: Bob, age: 40}], _RELS: [(0:0)-{_LABEL: K, _ID: 1:0,"
                        + " since: 2001}->(0:1),(0:1)-{_LABEL: K, _ID: 1:3, since: 2004}->(0:3)]}"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K*1..2]->(b:P) RETURN b.name, length(e), e ORDER BY b.name"));
    }

    @Test
    void functionsOfRecursiveRels() {
        assertEquals(List.of("Dan|[Bob]|[2001,2004]|[1:0,1:3]|1", "Cid|[Bob]|[2001,2002]|[1:0,1:1]|1"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K*2]->(b:P) RETURN b.name, properties(nodes(e), 'name'),"
                        + " properties(rels(e), 'since'), properties(rels(e), '_id'), size(nodes(e))"
                        + " ORDER BY b.name DESC"));
        assertEquals(List.of("5"), rows("MATCH (a:P)-[e:K*1..2]->(b:P) WHERE a.name = 'Ann' OR a.name = 'Cid'"
                + " RETURN count(DISTINCT e)"));
        assertEquals(List.of("Ann|0|{_NODES: [], _RELS: []}"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K*0]->(b:P) RETURN b.name, length(e), e"));
    }

    @Test
    void namedPathsJoinTheirStepsAndShowEachNodeOnce() {
        assertEquals(List.of("[Ann,Bob,Cid,Ann]|[2001,2002,2003]|3", "[Ann,Bob,Dan]|[2001,2004]|2",
                        "[Ann,Bob]|[2001]|1"),
                rows("MATCH p = (a:P {name: 'Ann'})-[:K]->(b:P)-[:K*0..2]->(c:P) WHERE c.name <> 'Cid'"
                        + " RETURN properties(nodes(p), 'name'), properties(rels(p), 'since'), length(p)"
                        + " ORDER BY length(p) DESC"));
        assertEquals(List.of("{_NODES: [{_ID: 0:0, _LABEL: P, name: Ann, age: 30},{_ID: 0:1, _LABEL: P, name: Bob,"
                        + " age: 40}], _RELS: [(0:0)-{_LABEL: K, _ID: 1:0, since: 2001}->(0:1)]}"),
                rows("MATCH p = (a:P {name: 'Ann'})-[:K]->(:P) RETURN p"));
        assertEquals(List.of("True|False"), rows("MATCH p = (a:P {name: 'Ann'})-[:K*3]->(:P)"
                + " RETURN is_trail(p), is_acyclic(p)"));
        assertEquals(List.of("1"), rows("MATCH p = (:P {name: 'Ann'})-[:K]->(:P) WITH p AS q RETURN count(*)"));
    }

    @Test
    void projectionListsChooseThePropertiesOfIntermediateNodesAndRels() {
        assertEquals(List.of("{_NODES: [{_ID: 0:1, _LABEL: P, age: 40}], _RELS: [(0:0)-{_LABEL: K, _ID: 1:0}->(0:1),"
                        + "(0:1)-{_LABEL: K, _ID: 1:3}->(0:3)]}"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K*2 (r, n | {}, {n.age})]->(b:P {name: 'Dan'}) RETURN e"));
        assertEquals("Binder exception: Unsupported projection item n on recursive rel.",
                error("MATCH (a:P)-[e:K*2 (r, n | {}, {n})]->(b:P) RETURN e"));
    }

    @Test
    void misusedVariablesAndBoundsFailAsInKuzu() {
        assertEquals("Binder exception: e has data type RECURSIVE_REL but REL was expected.",
                error("MATCH (a:P)-[e:K*1..2]->(b:P) MATCH (a)-[e:K]->(b) RETURN e"));
        assertEquals("Binder exception: Bind relationship e to relationship with same name is not supported.",
                error("MATCH (a:P)-[e:K*1..2]->(b:P) MATCH (a)-[e:K*1..2]->(b) RETURN e"));
        assertEquals("Binder exception: r has data type NODE but RECURSIVE_REL was expected.",
                error("MATCH (r:P)-[:K]->(b:P)-[r:K*1..2]->(c:P) RETURN r"));
        assertEquals("Binder exception: p has data type RECURSIVE_REL but REL was expected.",
                error("MATCH p = (:P)-[:K]->(:P) MATCH (:P)-[p:K]->(:P) RETURN p"));
        assertEquals("Binder exception: Cannot bind p as node pattern.",
                error("MATCH p = (:P)-[:K]->(:P) MATCH (p) RETURN p"));
        assertEquals("Binder exception: e has data type RECURSIVE_REL but (NODE,REL,STRUCT,ANY) was expected.",
                error("MATCH (a:P)-[e:K*1..2]->(b:P) RETURN e.since"));
        assertEquals("Binder exception: Lower bound of rel e is greater than upperBound.",
                error("MATCH (a:P)-[e:K*2..1]->(b:P) RETURN e"));
        assertEquals("Binder exception: Upper bound of rel  exceeds maximum: 30.",
                error("MATCH (a:P)-[:K*..31]->(b:P) RETURN b"));
    }

    @Test
    void trailAndAcyclicLimitWalks() {
        String count = "MATCH (a:P {name: 'Ann'})-[e:K*%s 1..5]->(b:P) RETURN count(*)";
        assertEquals(List.of("7"), rows(String.format(count, "")));
        assertEquals(List.of("4"), rows(String.format(count, " TRAIL")));
        // ACYCLIC repeats no intermediate node; the ends may recur (Ann -> Bob -> Cid -> Ann -> Bob).
        assertEquals(List.of("5"), rows(String.format(count, " ACYCLIC")));
    }

    @Test
    void shortestPathsGoToEachReachableNodeOnce() {
        assertEquals(List.of("Bob|1|[]", "Cid|2|[Bob]", "Dan|2|[Bob]"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K* SHORTEST 1..5]->(b:P) RETURN b.name, length(e),"
                        + " properties(nodes(e), 'name') ORDER BY b.name"));
        assertEquals(List.of("Ann|1", "Bob|1", "Dan|2"),
                rows("MATCH (a:P {name: 'Cid'})-[e:K* SHORTEST]-(b:P) RETURN b.name, length(e) ORDER BY b.name"));
        rows("MATCH (a:P {name: 'Ann'}), (b:P {name: 'Bob'}) CREATE (a)-[:K {since: 2005}]->(b)");
        assertEquals(List.of("[2001,2004]", "[2005,2004]"),
                rows("MATCH (a:P {name: 'Ann'})-[e:K* ALL SHORTEST 1..5]->(b:P {name: 'Dan'})"
                        + " RETURN properties(rels(e), 'since')").stream().sorted().toList());
        assertEquals(List.of("1"), rows("MATCH (a:P {name: 'Ann'})-[e:K* SHORTEST 1..5]->(b:P {name: 'Dan'})"
                + " RETURN count(*)"));
        assertEquals("Binder exception: Lower bound of shortest/all_shortest path must be 1.",
                error("MATCH (a:P)-[e:K* SHORTEST 2..3]->(b:P) RETURN b"));
    }

    @Test
    void filtersInsideRecursivePatternsTestRelsAndIntermediateNodes() {
        assertEquals(List.of("Ann", "Bob", "Cid"), rows("MATCH (a:P {name: 'Ann'})-[e:K*1..3 (r, n | WHERE r.since < 2004)]->"
                + "(b:P) RETURN b.name ORDER BY b.name"));
        assertEquals(List.of("Ann|[Cid]", "Cid|[]", "Dan|[]"), rows("MATCH (a:P {name: 'Bob'})-[e:K*1..3 (r, n | WHERE"
                + " n.age > 45)]->(b:P) RETURN b.name, properties(nodes(e), 'name') ORDER BY b.name"));
        assertEquals(List.of("Bob"), rows("MATCH (a:P {name: 'Ann'})-[e:K*1..2 {since: 2001}]->(b:P) RETURN b.name"));
        assertEquals(List.of("Cid|2"), rows("MATCH (a:P {name: 'Ann'})-[e:K* SHORTEST 1..3 (r, n | WHERE"
                + " r.since <> 2004 AND n.age < 45)]->(b:P) WHERE b.name <> 'Bob' RETURN b.name, length(e)"));
    }
}
