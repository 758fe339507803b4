package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Node and rel patterns over several tables: no label, several labels, several rel types. */
class MultiTablePatternTest extends InMemorySessionTest {

    @BeforeEach
    void createGraph() {
        rows("CREATE NODE TABLE A(id INT64, name STRING, PRIMARY KEY(id))");
        rows("CREATE NODE TABLE B(id INT64, score DOUBLE, PRIMARY KEY(id))");
        rows("CREATE REL TABLE R(FROM A TO B, w INT64)");
        rows("CREATE REL TABLE S(FROM A TO A)");
        rows("CREATE (:A {id: 1, name: 'x'}), (:A {id: 2, name: 'y'}), (:B {id: 3, score: 1.5})");
        rows("MATCH (a:A), (b:B) CREATE (a)-[:R {w: a.id}]->(b)");
        rows("MATCH (a:A {id: 1}), (b:A {id: 2}) CREATE (a)-[:S]->(b)");
    }

    @Test
    void anUnlabelledNodeIsANodeOfAnyTableWithItsOwnProperties() {
        assertEquals(List.of("{_ID: 0:0, _LABEL: A, id: 1, name: x}", "{_ID: 0:1, _LABEL: A, id: 2, name: y}",
                "{_ID: 1:0, _LABEL: B, id: 3, score: 1.500000}"), rows("MATCH (n) RETURN n ORDER BY n.id"));
        assertEquals(List.of("1|x||A|0:0", "2|y||A|0:1", "3||1.500000|B|1:0"),
                rows("MATCH (n) RETURN n.id, n.name, n.score, label(n), id(n) ORDER BY n.id"));
        assertEquals(List.of("3"), rows("MATCH (n) RETURN count(*)"));
        assertEquals(List.of("3"), rows("MATCH (n:A:B) RETURN count(*)"));
        assertEquals(List.of("2"), rows("MATCH (n:A|B) WHERE n.id > 1 RETURN count(*)"));
        // A property only some of the tables have is null in the others' rows.
        assertEquals(List.of("3"), rows("MATCH (n) WHERE n.score > 1 RETURN n.id"));
    }

    @Test
    void relsOfSeveralTypesKeepTheirEndsAndLabels() {
        assertEquals(List.of("1|2|S", "1|3|R", "2|3|R"),
                rows("MATCH (a)-[e]->(b) RETURN a.id, b.id, label(e) ORDER BY a.id, b.id"));
        assertEquals(List.of("(0:0)-{_LABEL: R, _ID: 2:0, w: 1}->(1:0)"),
                rows("MATCH (a)-[e:R|S]->(b) WHERE b.id = 3 AND a.id = 1 RETURN e"));
        assertEquals(List.of("3"), rows("MATCH ()-[e]->() RETURN count(*)"));
        assertEquals(List.of("2", "3"), rows("MATCH (a)-[:R|:S]->(b) WHERE a.id = 1 RETURN b.id ORDER BY b.id"));
    }

    @Test
    void variablesOfOneTableInEveryBranchKeepThatTable() {
        assertEquals(List.of("x|2", "x|3"), rows("MATCH (a:A)-[]->(b) WHERE a.id = 1 RETURN a.name, b.id ORDER BY b.id"));
        assertEquals(List.of("2"), rows("MATCH (a:A {id: 1})-[]->(b) WITH b WHERE b.id < 5 MATCH (c:A)"
                + " WHERE c.id = 2 RETURN count(*)"));
    }

    @Test
    void setAndDeleteReachEveryTableOfAVariable() {
        rows("MATCH (n) WHERE n.id > 1 SET n.name = 'z', n.score = 2.5");
        assertEquals(List.of("1|x|", "2|z|", "3||2.500000"), rows("MATCH (n) RETURN n.id, n.name, n.score ORDER BY n.id"));
        rows("MATCH (a)-[e]->(b) WHERE b.id = 3 DELETE e");
        assertEquals(List.of("S"), rows("MATCH ()-[e]->() RETURN label(e)"));
        rows("MATCH (n) DETACH DELETE n");
        assertEquals(List.of("0"), rows("MATCH (n) RETURN count(*)"));
    }

    @Test
    void rowsBeforeAMatchOverSeveralTablesAreWrittenOnce() {
        assertEquals(List.of("4"), rows("CREATE (a:A {id: 5}) WITH a MATCH (n) RETURN count(*)"));
        assertEquals(List.of("1"), rows("MATCH (a:A) WHERE a.id = 5 RETURN count(*)"));
    }
}
