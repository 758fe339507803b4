package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.vector.DataChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ALTER TABLE, DEFAULT values, sequences, macros and comments, in memory and across reopening on disk. */
class SchemaChangeTest {

    @TempDir
    Path directory;

    private static List<String> rows(Session session, String cypher) {
        List<String> rows = new ArrayList<>();
        try (QueryResult result = session.execute(cypher)) {
            DataChunk chunk;
            while ((chunk = result.nextChunk()) != null) {
                DataChunk c = chunk;
                c.selection().forEach(pos -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < c.numColumns(); i++) {
                        row.append(i == 0 ? "" : "|").append(c.vector(i).getValue(pos));
                    }
                    rows.add(row.toString());
                });
            }
        }
        return rows;
    }

    @Test
    void showConnectionListsTheFromToPairsOfARelTable() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session s = database.openSession()) {
            s.execute("CREATE NODE TABLE person(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE NODE TABLE city(name STRING PRIMARY KEY)").close();
            s.execute("CREATE REL TABLE r(FROM person TO city, FROM city TO person)").close();
            assertEquals(List.of("person|city|id|name", "city|person|name|id"),
                    rows(s, "CALL show_connection('r') RETURN *"));
            assertEquals("Show connection can only be called on a rel table!",
                    assertThrows(KuzuException.class, () -> rows(s, "CALL show_connection('person') RETURN *"))
                            .getMessage().replace("Binder exception: ", ""));
        }
    }

    @Test
    void showTablesNumbersARelTableAfterItsConnectionsAsKuzuDoes() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session s = database.openSession()) {
            s.execute("CREATE NODE TABLE a(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE NODE TABLE b(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE REL TABLE r1(FROM a TO b)").close();
            s.execute("CREATE REL TABLE r2(FROM a TO b, FROM b TO a)").close();
            s.execute("CREATE NODE TABLE c(id INT64 PRIMARY KEY)").close();
            assertEquals(List.of("0|a", "1|b", "3|r1", "6|r2", "7|c"),
                    rows(s, "CALL show_tables() RETURN id, name ORDER BY id"));
        }
    }

    @Test
    void addDropRenameColumns() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session s = database.openSession()) {
            s.execute("CREATE NODE TABLE person(id INT64 PRIMARY KEY, name STRING)").close();
            s.execute("CREATE (:person {id: 10, name: 'A'})").close();
            assertEquals(List.of("Property name has been dropped from table person."),
                    rows(s, "ALTER TABLE person DROP name"));
            s.execute("ALTER TABLE person ADD age INT64 DEFAULT 5 + 5").close();
            s.execute("CREATE (:person {id: 20})").close();
            assertEquals(List.of("10|10", "20|10"), rows(s, "MATCH (n:person) RETURN n.id, n.age"));
            KuzuException e = assertThrows(KuzuException.class, () -> s.execute("ALTER TABLE person ADD age STRING"));
            assertTrue(e.getMessage().contains("person table already has property age."));
            s.execute("ALTER TABLE person RENAME age TO years").close();
            s.execute("ALTER TABLE person RENAME TO human").close();
            assertEquals(List.of("10|10", "20|10"), rows(s, "MATCH (n:human) RETURN n.id, n.years"));
            assertEquals(List.of("0|id|INT64|NULL|true", "1|years|INT64|5 + 5|false"),
                    rows(s, "CALL TABLE_INFO('human') RETURN *"));
        }
    }

    @Test
    void sequencesAndDefaults() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session s = database.openSession()) {
            s.execute("CREATE SEQUENCE seq START 1 MAXVALUE 2").close();
            KuzuException e = assertThrows(KuzuException.class, () -> rows(s, "RETURN currval('seq')"));
            assertTrue(e.getMessage().contains("is not yet defined"));
            s.execute("CREATE NODE TABLE t(id INT64 DEFAULT nextval('seq'), PRIMARY KEY(id))").close();
            s.execute("CREATE (:t)").close();
            s.execute("CREATE (:t)").close();
            e = assertThrows(KuzuException.class, () -> s.execute("CREATE (:t)"));
            assertTrue(e.getMessage().contains("reached maximum value of sequence \"seq\" 2"));
            assertEquals(List.of("1", "2"), rows(s, "MATCH (n:t) RETURN n.id"));
            assertEquals(List.of("2"), rows(s, "RETURN currval('seq')"));
            e = assertThrows(KuzuException.class, () -> s.execute("CREATE SEQUENCE bad START -1"));
            assertTrue(e.getMessage().contains("SEQUENCE START value should be between MINVALUE and MAXVALUE."));
        }
    }

    @Test
    void relGroupChanges() {
        try (GraphDatabase database = GraphDatabase.inMemory(); Session s = database.openSession()) {
            s.execute("CREATE NODE TABLE a(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE NODE TABLE b(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE REL TABLE r(FROM a TO a, since INT64)").close();
            assertEquals(List.of("a->b added to table r."), rows(s, "ALTER TABLE r ADD FROM a TO b"));
            s.execute("CREATE (:a {id: 1})").close();
            s.execute("CREATE (:b {id: 2})").close();
            s.execute("MATCH (x:a {id: 1}), (y:b {id: 2}) CREATE (x)-[:r {since: 7}]->(y)").close();
            assertEquals(List.of("1|7|2"), rows(s, "MATCH (x:a)-[e:r]->(y:b) RETURN x.id, e.since, y.id"));
            assertEquals(List.of("a->b has been dropped from table r."), rows(s, "ALTER TABLE r DROP FROM a TO b"));
            KuzuException e = assertThrows(KuzuException.class, () -> s.execute("ALTER TABLE r DROP FROM a TO b"));
            assertTrue(e.getMessage().contains("a->b does not exist in r table."));
        }
    }

    @Test
    void schemaChangesAndSequencesSurviveReopen() {
        try (GraphDatabase database = GraphDatabase.open(directory, false); Session s = database.openSession()) {
            s.execute("CREATE SEQUENCE seq").close();
            s.execute("CREATE NODE TABLE person(id INT64 PRIMARY KEY, name STRING)").close();
            s.execute("CREATE REL TABLE knows(FROM person TO person)").close();
            s.execute("CREATE (:person {id: 1, name: 'A'})").close();
            s.execute("CREATE (:person {id: 2, name: 'B'})").close();
            s.execute("MATCH (x:person {id: 1}), (y:person {id: 2}) CREATE (x)-[:knows]->(y)").close();
            s.execute("ALTER TABLE person ADD n INT64 DEFAULT nextval('seq')").close();
            s.execute("ALTER TABLE knows ADD w INT64 DEFAULT 3").close();
            s.execute("ALTER TABLE person RENAME name TO label").close();
        }
        try (GraphDatabase database = GraphDatabase.open(directory, false); Session s = database.openSession()) {
            assertEquals(List.of("1|A|1", "2|B|2"), rows(s, "MATCH (p:person) RETURN p.id, p.label, p.n"));
            assertEquals(List.of("3"), rows(s, "MATCH (:person)-[e:knows]->(:person) RETURN e.w"));
            assertEquals(List.of("3"), rows(s, "RETURN nextval('seq')"));
            s.execute("CHECKPOINT").close();
            s.execute("ALTER TABLE person DROP label").close();
        }
        try (GraphDatabase database = GraphDatabase.open(directory, false); Session s = database.openSession()) {
            assertEquals(List.of("4"), rows(s, "RETURN nextval('seq')"));
            assertEquals(List.of("1|1", "2|2"), rows(s, "MATCH (p:person) RETURN p.id, p.n"));
            assertEquals(List.of("seq|local(kuzu)|1|1|1|9223372036854775807|false"),
                    rows(s, "CALL SHOW_SEQUENCES() RETURN *"));
        }
    }

    @Test
    void macrosAndCommentsSurviveReopenFromTheLogAndFromACheckpoint() {
        try (GraphDatabase database = GraphDatabase.open(directory, false); Session s = database.openSession()) {
            s.execute("CREATE NODE TABLE person(id INT64 PRIMARY KEY)").close();
            s.execute("CREATE MACRO addWithDefault(a, b := 3) AS a + b").close();
            s.execute("CREATE MACRO gone() AS 0").close();
            s.execute("DROP MACRO gone").close();
            s.execute("COMMENT ON TABLE person IS 'People'").close();
            s.execute("ALTER TABLE person ADD age INT64").close();
            s.beginTransaction(false);
            s.execute("CREATE MACRO rolledBack() AS 1").close();
            s.rollback();
        }
        for (int reopen = 0; reopen < 2; reopen++) {
            try (GraphDatabase database = GraphDatabase.open(directory, false); Session s = database.openSession()) {
                assertEquals(List.of("5"), rows(s, "RETURN addWithDefault(2)"));
                assertEquals(List.of("ADDWITHDEFAULT"), rows(s, "CALL show_macros() RETURN name"));
                assertEquals(List.of("People"), rows(s, "CALL show_tables() RETURN comment"));
                s.execute("CHECKPOINT").close();
            }
        }
    }
}
