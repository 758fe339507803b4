package io.kuzujvm.planner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Rels inserted one at a time live in a delta beside the CSR until it is rebuilt: traversals
 * in both directions see them at once, older snapshots do not, rollbacks drop them, and past
 * the delta's limit the rebuilt CSR holds them all.
 */
class RelDeltaTest {

    private final GraphDatabase database = GraphDatabase.inMemory();
    private final Session writer = database.openSession();
    private final Session reader = database.openSession();

    @BeforeEach
    void createGraph() {
        rows(writer, "CREATE NODE TABLE N(id INT64, PRIMARY KEY(id))");
        rows(writer, "CREATE REL TABLE E(FROM N TO N, w INT64)");
        rows(writer, "UNWIND range(0, 9) AS i CREATE (:N {id: i})");
        rows(writer, "COPY E FROM (UNWIND range(0, 8) AS i RETURN i, i + 1, i * 10)");
    }

    @AfterEach
    void close() {
        reader.close();
        writer.close();
        database.close();
    }

    private static List<String> rows(Session session, String cypher) {
        return ResultRows.of(session, cypher);
    }

    private List<String> neighbours(Session session, int id) {
        return rows(session, "MATCH (a:N {id: " + id + "})-[e:E]-(b:N) RETURN b.id, e.w ORDER BY b.id, e.w");
    }

    @Test
    void singleInsertsAreSeenBesideTheCsrInBothDirections() {
        rows(writer, "MATCH (a:N {id: 3}), (b:N {id: 7}) CREATE (a)-[:E {w: 37}]->(b)");
        rows(writer, "MATCH (a:N {id: 7}), (b:N {id: 3}) CREATE (a)-[:E {w: 73}]->(b)");
        assertEquals(List.of("2|20", "4|30", "7|37", "7|73"), neighbours(reader, 3));
        assertEquals(List.of("3|37", "3|73", "6|60", "8|70"), neighbours(reader, 7));
        assertEquals(List.of("11"), rows(reader, "MATCH ()-[e:E]->() RETURN count(*)"));
    }

    @Test
    void aTransactionSeesItsOwnInsertsAndOthersDoNotUntilCommit() {
        rows(writer, "BEGIN TRANSACTION");
        rows(writer, "MATCH (a:N {id: 0}), (b:N {id: 9}) CREATE (a)-[:E {w: 9}]->(b)");
        assertEquals(List.of("1|0", "9|9"), neighbours(writer, 0));
        assertEquals(List.of("1|0"), neighbours(reader, 0));
        rows(writer, "COMMIT");
        assertEquals(List.of("1|0", "9|9"), neighbours(reader, 0));
    }

    @Test
    void aRollbackDropsTheInsertedRels() {
        rows(writer, "BEGIN TRANSACTION");
        rows(writer, "MATCH (a:N {id: 5}), (b:N {id: 0}) CREATE (a)-[:E {w: 50}]->(b)");
        rows(writer, "ROLLBACK");
        assertEquals(List.of("4|40", "6|50"), neighbours(reader, 5));
        rows(writer, "MATCH (a:N {id: 5}), (b:N {id: 1}) CREATE (a)-[:E {w: 51}]->(b)");
        assertEquals(List.of("1|51", "4|40", "6|50"), neighbours(reader, 5));
    }

    @Test
    void insertsPastTheDeltaLimitEndUpInTheRebuiltCsr() {
        rows(writer, "UNWIND range(1, 70000) AS i MATCH (a:N {id: 2}), (b:N {id: 5}) CREATE (a)-[:E {w: i}]->(b)");
        assertEquals(List.of("70002|2450035030"), rows(reader, "MATCH (a:N {id: 2})-[e:E]-(b:N) RETURN count(*), sum(e.w)"));
        assertEquals(List.of("70002"), rows(reader, "MATCH (a:N {id: 5})-[e:E]-(b:N) RETURN count(*)"));
        rows(writer, "MATCH (a:N {id: 2}), (b:N {id: 8}) CREATE (a)-[:E {w: 1}]->(b)");
        assertEquals(List.of("70003"), rows(reader, "MATCH (a:N {id: 2})-[e:E]-(b:N) RETURN count(*)"));
    }

    @Test
    void aStatementThatFailsHalfwayLeavesNoRelBehind() {
        rows(writer, "CREATE REL TABLE F(FROM N TO N, ONE_ONE)");
        rows(writer, "MATCH (a:N {id: 1}), (b:N {id: 2}) CREATE (a)-[:F]->(b)");
        assertThrows(RuntimeException.class, () -> rows(writer,
                "UNWIND [3, 1] AS x MATCH (a:N {id: x}), (b:N {id: 4}) CREATE (a)-[:F]->(b)"));
        assertEquals(List.of("1|2"), rows(reader, "MATCH (a:N)-[:F]->(b:N) RETURN a.id, b.id"));
        assertEquals(List.of(), rows(reader, "MATCH (a:N)-[:F]->(b:N {id: 4}) RETURN a.id"));
    }
}
