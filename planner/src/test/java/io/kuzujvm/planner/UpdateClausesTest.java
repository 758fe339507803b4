package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SET, DELETE, DETACH DELETE and MERGE through a session, with Kùzu's results and messages. */
class UpdateClausesTest extends InMemorySessionTest {

    @BeforeEach
    void createGraph() {
        rows("CREATE NODE TABLE Person(id INT64, name STRING, age INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE Knows(FROM Person TO Person, since INT64)");
        rows("CREATE (:Person {id: 1, name: 'Alice', age: 30}), (:Person {id: 2, name: 'Bob', age: 40}),"
                + " (:Person {id: 3, name: 'Carol', age: 50})");
        rows("MATCH (a:Person {id: 1}), (b:Person {id: 2}) CREATE (a)-[:Knows {since: 2000}]->(b)");
        rows("MATCH (a:Person {id: 2}), (b:Person {id: 3}) CREATE (a)-[:Knows {since: 2010}]->(b)");
    }

    @Test
    void setWritesNodePropertiesAndLaterClausesSeeThem() {
        assertEquals(List.of("31|Alice"), rows("MATCH (p:Person) WHERE p.id = 1 SET p.age = p.age + 1,"
                + " p.name = 'Alice' RETURN p.age, p.name"));
        assertEquals(List.of("1|31", "2|40", "3|50"), rows("MATCH (p:Person) RETURN p.id, p.age ORDER BY p.id"));
        rows("MATCH (p:Person) SET p.name = NULL");
        assertEquals(List.of("3"), rows("MATCH (p:Person) WHERE p.name IS NULL RETURN count(*)"));
    }

    @Test
    void setCastsTheValueToThePropertyType() {
        rows("MATCH (p:Person {id: 2}) SET p.age = 41.6");
        assertEquals(List.of("42"), rows("MATCH (p:Person {id: 2}) RETURN p.age"));
    }

    @Test
    void createWithoutALabelTakesTheOnlyNodeTable() {
        rows("CREATE (a {id: 10})-[:Knows]->(b {id: 11})");
        assertEquals(List.of("10|11"), rows("MATCH (a)-[:Knows]->(b) WHERE a.id = 10 RETURN a.id, b.id"));
        rows("CREATE NODE TABLE City(name STRING, PRIMARY KEY(name))");
        assertEquals("Binder exception: Create node a with empty node labels is not supported.",
                error("CREATE (a {id: 12})"));
    }

    @Test
    void createTakesValuesOfEveryIntegerWidth() {
        rows("CREATE NODE TABLE U(id UINT64, v INT64, w INT128, PRIMARY KEY(id))");
        rows("CREATE (:U {id: 255, v: -9223372036854775808, w: -170141183460469231731687303715884105727})");
        assertEquals(List.of("255|-9223372036854775808|-170141183460469231731687303715884105727"),
                rows("MATCH (u:U) RETURN u.id, u.v, u.w"));
    }

    @Test
    void createOfARelWithAMissingEndCreatesNothing() {
        assertEquals(List.of(""), rows("OPTIONAL MATCH (a:Person), (b:Person) WHERE a.id = 1 AND b.id = 100"
                + " CREATE (a)-[k:Knows {since: 1}]->(b) RETURN k.since"));
        assertEquals(List.of("2"), rows("MATCH ()-[k:Knows]->() RETURN count(*)"));
    }

    @Test
    void setWritesRelProperties() {
        rows("MATCH (:Person {id: 1})-[k:Knows]->(:Person) SET k.since = 1999");
        assertEquals(List.of("1|1999", "2|2010"),
                rows("MATCH (a:Person)-[k:Knows]->(:Person) RETURN a.id, k.since ORDER BY a.id"));
    }

    @Test
    void settingThePrimaryKeyIsRefused() {
        assertEquals("Binder exception: Cannot set property id in table Person because it is used as primary key."
                + " Try delete and then insert.", error("MATCH (p:Person) SET p.id = 5"));
    }

    @Test
    void deleteOfANodeWithRelsIsRefusedAndChangesNothing() {
        assertEquals("Runtime exception: Node(nodeOffset: 0) has connected edges in table Knows in the fwd"
                + " direction, which cannot be deleted. Please delete the edges first or try DETACH DELETE.",
                error("MATCH (p:Person {id: 1}) DELETE p"));
        assertEquals(List.of("3"), rows("MATCH (p:Person) RETURN count(*)"));
    }

    @Test
    void deleteRemovesRelsAndNodesAndFreesTheKey() {
        rows("MATCH (:Person {id: 1})-[k:Knows]->(:Person) DELETE k");
        assertEquals(List.of("2|3"), rows("MATCH (a:Person)-[:Knows]->(b:Person) RETURN a.id, b.id"));
        rows("MATCH (p:Person {id: 1}) DELETE p");
        assertEquals(List.of("2", "3"), rows("MATCH (p:Person) RETURN p.id ORDER BY p.id"));
        rows("CREATE (:Person {id: 1, name: 'Alice again'})");
        assertEquals(List.of("Alice again"), rows("MATCH (p:Person {id: 1}) RETURN p.name"));
    }

    @Test
    void deletingRelsWhileMatchingThemDeletesEveryOne() {
        // 2,955 rels, up to ten per node: the chunks of 2,048 matched rels end in the middle of a node's rels.
        rows("UNWIND range(10, 309) AS i CREATE (:Person {id: i})");
        rows("MATCH (a:Person), (b:Person) WHERE a.id >= 10 AND b.id >= a.id AND b.id < a.id + 10"
                + " CREATE (a)-[:Knows]->(b)");
        assertEquals(List.of("2955"), rows("MATCH (a:Person)-[k:Knows]->(:Person) WHERE a.id >= 10 RETURN count(*)"));
        rows("MATCH (a:Person)-[k:Knows]->(:Person) WHERE a.id >= 10 DELETE k");
        assertEquals(List.of("0"), rows("MATCH (a:Person)-[k:Knows]->(:Person) WHERE a.id >= 10 RETURN count(*)"));
    }

    @Test
    void detachDeleteRemovesTheNodesRelsInBothDirections() {
        rows("MATCH (p:Person {id: 2}) DETACH DELETE p");
        assertEquals(List.of("0"), rows("MATCH ()-[k:Knows]->() RETURN count(*)"));
        assertEquals(List.of("1", "3"), rows("MATCH (p:Person) RETURN p.id ORDER BY p.id"));
    }

    @Test
    void deletingRelsWithoutDirectionOrDetachingThemIsRefused() {
        assertEquals("Binder exception: Delete undirected rel is not supported.",
                error("MATCH (:Person)-[k:Knows]-(:Person) DELETE k"));
        assertEquals("Binder exception: Detach delete on rel tables is not supported.",
                error("MATCH (:Person)-[k:Knows]->(:Person) DETACH DELETE k"));
    }

    @Test
    void mergeMatchesOrCreatesNodesRowByRow() {
        assertEquals(List.of("2|False", "4|True"),
                rows("UNWIND [2, 4] AS i MERGE (p:Person {id: i}) RETURN p.id, p.name IS NULL ORDER BY p.id"));
        assertEquals(List.of("4"), rows("MATCH (p:Person) RETURN count(*)"));
        // The node the first row creates is matched by the rows after it.
        assertEquals(List.of("100", "100", "100"), rows("UNWIND [1, 2, 3] AS i MERGE (p:Person {id: 100}) RETURN p.id"));
        assertEquals(List.of("5"), rows("MATCH (p:Person) RETURN count(*)"));
    }

    @Test
    void mergeRunsOnMatchOrOnCreate() {
        rows("MERGE (p:Person {id: 1}) ON MATCH SET p.age = 99 ON CREATE SET p.age = 0");
        rows("MERGE (p:Person {id: 7}) ON MATCH SET p.age = 99 ON CREATE SET p.age = 0");
        assertEquals(List.of("1|99", "7|0"), rows("MATCH (p:Person) WHERE p.id IN [1, 7] RETURN p.id, p.age"
                + " ORDER BY p.id"));
    }

    @Test
    void aMatchDoesNotSeeTheNodesItsOwnStatementCreates() {
        rows("MATCH (a:Person) CREATE (:Person {id: a.id + 10})");
        assertEquals(List.of("6"), rows("MATCH (p:Person) RETURN count(*)"));
        assertEquals(List.of("2", "3", "4"), rows("MATCH (a:Person) WHERE a.id < 4 MERGE (b:Person {id: a.id + 1})"
                + " RETURN b.id ORDER BY b.id").stream().distinct().toList());
    }

    @Test
    void mergeSetsGoRowByRowSoTheLastRowForANodeWins() {
        rows("CREATE NODE TABLE School(name STRING, id INT64, PRIMARY KEY(name))");
        assertEquals(List.of("11", "15", "25", "21", "13"), rows("UNWIND [1, 5, 5, 1, 3] AS x"
                + " MERGE (a:School {name: cast(x AS STRING), id: x}) ON MATCH SET a.id = x + 20"
                + " ON CREATE SET a.id = x + 10 RETURN a.id"));
        assertEquals(List.of("13", "21", "25"), rows("MATCH (s:School) RETURN s.id ORDER BY s.id"));
    }

    @Test
    void mergeOfANodeWithoutItsKeyMatchesOnTheOtherProperties() {
        assertEquals(List.of("2"), rows("MERGE (p:Person {name: 'Bob'}) RETURN p.id"));
    }

    @Test
    void mergeOfARelBetweenBoundNodes() {
        assertEquals(List.of("2000"), rows("MATCH (a:Person {id: 1}), (b:Person {id: 2}) MERGE (a)-[k:Knows]->(b)"
                + " RETURN k.since"));
        rows("MATCH (a:Person {id: 1}), (b:Person {id: 3}) MERGE (a)-[k:Knows]->(b) ON CREATE SET k.since = 2024");
        assertEquals(List.of("1|2|2000", "1|3|2024", "2|3|2010"),
                rows("MATCH (a:Person)-[k:Knows]->(b:Person) RETURN a.id, b.id, k.since ORDER BY a.id, b.id"));
    }

    @Test
    void clausesAfterAnUpdateReadItsEffects() {
        assertEquals(List.of("9|1", "9|2", "9|3", "9|9"), rows("CREATE (a:Person {id: 9}) WITH a MATCH (b:Person)"
                + " RETURN a.id, b.id ORDER BY b.id"));
        assertEquals(List.of("1|2", "1|3"), rows("MATCH (a:Person {id: 1}) DETACH DELETE a WITH a MATCH (b:Person)"
                + " WHERE b.id < 5 RETURN a.id, b.id ORDER BY b.id"));
        assertEquals(List.of("2|3"), rows("MATCH (a:Person {id: 2}) SET a.age = 0 WITH a"
                + " MATCH (b:Person) WHERE b.age = 0 OR b.id = 3 RETURN count(*), max(b.id)"));
    }

    @Test
    void aFailedUpdateInsideAStatementChangesNothing() {
        String message = error("UNWIND [1, 2] AS i MERGE (p:Person {id: i, age: 1})");
        assertTrue(message.contains("duplicated primary key"), message);
        assertEquals(List.of("1|30", "2|40"), rows("MATCH (p:Person) WHERE p.id < 3 RETURN p.id, p.age ORDER BY p.id"));
    }
}
