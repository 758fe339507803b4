package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** WSHORTEST and ALL WSHORTEST: the cheapest paths by a rel property, and their cost. */
class WeightedShortestPathTest extends InMemorySessionTest {

    /** A -50-> B -40-> D, A -50-> C -40-> D, A -100-> D, D -30-> E. */
    @BeforeEach
    void roads() {
        rows("CREATE NODE TABLE L (name STRING, PRIMARY KEY(name))");
        rows("CREATE REL TABLE R (FROM L TO L, cost INT64, big INT128)");
        rows("CREATE (a:L {name: 'A'}), (b:L {name: 'B'}), (c:L {name: 'C'}), (d:L {name: 'D'}), (e:L {name: 'E'}),"
                + " (a)-[:R {cost: 50}]->(b), (a)-[:R {cost: 50}]->(c), (a)-[:R {cost: 100}]->(d),"
                + " (b)-[:R {cost: 40}]->(d), (c)-[:R {cost: 40}]->(d), (d)-[:R {cost: 30}]->(e)");
    }

    @Test
    void cheapestPathsAndTheirCost() {
        assertEquals(List.of("B|50.000000", "C|50.000000", "D|90.000000", "E|120.000000"),
                rows("MATCH (a:L {name: 'A'})-[e* WSHORTEST(cost)]->(b) RETURN b.name, cost(e) ORDER BY b.name"));
        assertEquals(List.of("D|90.000000|[A,B,D]", "D|90.000000|[A,C,D]"),
                rows("MATCH p = (a:L {name: 'A'})-[e* ALL WSHORTEST(cost)]->(b:L {name: 'D'})"
                        + " RETURN b.name, cost(e), properties(nodes(p), 'name') ORDER BY properties(nodes(p), 'name')[2]"));
        assertEquals(List.of("A|90.000000"), rows("MATCH (a:L {name: 'D'})-[e* WSHORTEST(cost)]-(b:L {name: 'A'})"
                + " RETURN b.name, cost(e)"));
    }

    @Test
    void kuzuErrors() {
        assertEquals("Binder exception: INT128 weight type is not supported for weighted shortest path.",
                error("MATCH (a)-[e* WSHORTEST(big)]->(b) RETURN cost(e)"));
        assertEquals("Binder exception: Cost function is not defined for e",
                error("MATCH (a)-[e*]->(b) RETURN cost(e)"));
        rows("MATCH (a:L {name: 'E'}), (b:L {name: 'A'}) CREATE (a)-[:R {cost: -1}]->(b)");
        assertEquals("Runtime exception: Found negative weight -1. This is not a supported weight for"
                + " WEIGHTED_SP_DESTINATIONS", error("MATCH (a)-[e* WSHORTEST(cost)]->(b) RETURN cost(e)"));
        assertEquals("Runtime exception: Found negative weight -1. This is not a supported weight for"
                + " ALL_WEIGHTED_SP_PATHS", error("MATCH p = (a)-[e* ALL WSHORTEST(cost)]->(b) RETURN p"));
    }
}
