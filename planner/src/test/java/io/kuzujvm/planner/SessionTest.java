package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest extends InMemorySessionTest {

    private List<String> rows(String cypher, Map<String, Object> parameters) {
        return ResultRows.of(session, cypher, parameters);
    }

    private void createPeople() {
        rows("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name))");
        rows("COPY Person FROM (RETURN 'Alice' AS name, 30 AS age)");
        rows("COPY Person FROM (RETURN 'Bob' AS name, 27 AS age)");
    }

    @Test
    void returnsConstantExpressions() {
        assertEquals(List.of("3|x|2.500000|True|"), rows("RETURN 1 + 2 AS a, 'x' AS b, 2.5, true, NULL"));
    }

    @Test
    void filtersOnDisjunctionsAndRangesOfOneProperty() {
        // Calcite folds these into SEARCH(p.x, Sarg[...]) before lowering.
        rows("CREATE NODE TABLE N (id INT64, name STRING, PRIMARY KEY(id))");
        rows("UNWIND range(1, 8) AS i CREATE (:N {id: i, name: 'n' + cast(i, 'STRING')})");
        assertEquals(List.of("n3", "n5"), rows("MATCH (p:N) WHERE p.id = 3 OR p.id = 5 RETURN p.name ORDER BY p.name"));
        assertEquals(List.of("3"), rows("MATCH (p:N) WHERE p.id > 2 AND p.id < 6 RETURN count(*)"));
        assertEquals(List.of("1", "4"), rows("MATCH (p:N) WHERE p.name = 'n1' OR p.name = 'n4' RETURN p.id ORDER BY p.id"));
        assertEquals(List.of("7"), rows("MATCH (p:N) WHERE NOT (p.id IN [2]) RETURN count(*)"));
        assertEquals(List.of("2", "7"), rows("MATCH (p:N) WHERE p.id IN [7, 2, 99] RETURN p.id ORDER BY p.id"));
    }

    @Test
    void matchesStringPrefixesSuffixesAndInfixesLiterally() {
        assertEquals(List.of("True|False|True|False|True|True"), rows("RETURN 'a%c' STARTS WITH 'a%', 'abc' STARTS WITH 'a%', "
                + "'a_c' ENDS WITH '_c', 'abc' ENDS WITH '_c', 'x\\\\y' CONTAINS '\\\\', 'line\\nbreak' CONTAINS 'e\\nb'"));
        assertEquals(List.of("|True|False|True"), rows("WITH 'abc' AS s, 'b' AS t RETURN NULL STARTS WITH 'a', s CONTAINS t, "
                + "2 IN [1, NULL], 1 IN [1, NULL]"));
    }

    @Test
    void keepsNonAsciiStringLiterals() {
        assertEquals(List.of("Sóló cón tu párejâ|😂"), rows("RETURN 'Sóló cón tu párejâ', '😂'"));
    }

    @Test
    void evaluatesCaseExpressions() {
        createPeople();
        assertEquals(List.of("Alice|old", "Bob|young"), rows("MATCH (p:Person) RETURN p.name,"
                + " CASE WHEN p.age > 28 THEN 'old' ELSE 'young' END ORDER BY p.name"));
        assertEquals(List.of("Alice|1", "Bob|"), rows("MATCH (p:Person) RETURN p.name,"
                + " CASE p.name WHEN 'Alice' THEN 1 END ORDER BY p.name"));
    }

    @Test
    void buildsStructLiterals() {
        assertEquals(List.of("{a: 1, b: x}"), rows("RETURN {a: 1, b: 'x'}"));
    }

    @Test
    void buildsListLiterals() {
        assertEquals(List.of("[1,2,3]|[1.000000,2.500000]|[a,,b]"), rows("RETURN [1, 2, 3], [1, 2.5], ['a', NULL, 'b']"));
        assertEquals(List.of("[]|0"), rows("RETURN [], size([])"));
    }

    @Test
    void unwindsLists() {
        assertEquals(List.of("1", "2", "3"), rows("UNWIND [1, 2, 3] AS x RETURN x"));
        createPeople();
        assertEquals(List.of("Alice|31", "Alice|32", "Bob|28", "Bob|29"),
                rows("MATCH (p:Person) UNWIND [p.age + 1, p.age + 2] AS a RETURN p.name, a ORDER BY p.name, a"));
    }

    @Test
    void runsSeveralStatementsAndIgnoresTrailingSemicolon() {
        assertEquals(List.of("1"), rows("RETURN 1;"));
        assertEquals(List.of("2"), rows("RETURN 1; RETURN 2;"));
    }

    @Test
    void copiesIntoNodeTableAndScansIt() {
        createPeople();
        assertEquals(List.of("Alice|30", "Bob|27"), rows("MATCH (p:person) RETURN p.*"));
        assertEquals(List.of("Alice"), rows("MATCH (p:Person) WHERE p.age > 28 RETURN p.name"));
        assertEquals(List.of("Bob"), rows("MATCH (p:Person {name: 'Bob'}) RETURN p.name"));
    }

    @Test
    void ordersSkipsAndLimits() {
        createPeople();
        assertEquals(List.of("Bob|27", "Alice|30"), rows("MATCH (p:Person) RETURN p.name, p.age ORDER BY p.age"));
        assertEquals(List.of("Alice"), rows("MATCH (p:Person) RETURN p.name ORDER BY p.name DESC SKIP 1 LIMIT 1"));
    }

    @Test
    void aggregatesWithAndWithoutGroups() {
        createPeople();
        rows("COPY Person FROM (RETURN 'Carol' AS name, 30 AS age)");
        assertEquals(List.of("3|87|29.000000|27|30"),
                rows("MATCH (p:Person) RETURN count(*), sum(p.age), avg(p.age), min(p.age), max(p.age)"));
        assertEquals(List.of("27|1", "30|2"), rows("MATCH (p:Person) RETURN p.age, count(*) AS n ORDER BY p.age"));
        assertEquals(List.of("0"), rows("MATCH (p:Person) WHERE p.age > 100 RETURN count(*)"));
    }

    @Test
    void removesDuplicates() {
        createPeople();
        rows("COPY Person FROM (RETURN 'Carol' AS name, 30 AS age)");
        assertEquals(List.of("27", "30"), rows("MATCH (p:Person) RETURN DISTINCT p.age ORDER BY p.age"));
        assertEquals(List.of("3|2|57"), rows("MATCH (p:Person) RETURN count(p.age), count(DISTINCT p.age),"
                + " sum(DISTINCT p.age)"));
    }

    @Test
    void collectsLists() {
        createPeople();
        assertEquals(List.of("[Alice,Bob]"), rows("MATCH (p:Person) WITH p ORDER BY p.name RETURN collect(p.name)"));
        assertEquals(List.of("27|[Bob]", "30|[Alice]"),
                rows("MATCH (p:Person) RETURN p.age, collect(p.name) ORDER BY p.age"));
    }

    @Test
    void createsNodes() {
        rows("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name))");
        assertEquals(List.of(), rows("CREATE (:Person {name: 'Eve', age: 41})"));
        assertEquals(List.of("Eve|41"), rows("MATCH (p:Person) RETURN p.name, p.age"));
    }

    private void createKnows() {
        createPeople();
        rows("COPY Person FROM (RETURN 'Carol' AS name, 19 AS age)");
        rows("CREATE REL TABLE Knows (FROM Person TO Person, since INT64, MANY_MANY)");
        assertEquals(List.of("3 tuples have been copied to the Knows table."), rows(
                "COPY Knows FROM (MATCH (a:Person), (b:Person) WHERE a.age > b.age RETURN a.name, b.name, a.age - b.age)"));
    }

    @Test
    void matchesRelationshipsInBothDirections() {
        createKnows();
        assertEquals(List.of("Alice|Bob|3", "Alice|Carol|11", "Bob|Carol|8"),
                rows("MATCH (a:Person)-[k:Knows]->(b:Person) RETURN a.name, b.name, k.since ORDER BY a.name, b.name"));
        assertEquals(List.of("Alice", "Bob"),
                rows("MATCH (c:Person {name: 'Carol'})<-[:Knows]-(a:Person) RETURN a.name ORDER BY a.name"));
        assertEquals(List.of("Alice", "Carol"),
                rows("MATCH (b:Person)-[:Knows]-(x:Person) WHERE b.name = 'Bob' RETURN x.name ORDER BY x.name"));
        assertEquals(List.of("Alice|Bob|Carol"),
                rows("MATCH (a:Person)-[:Knows]->(b:Person)-[:Knows]->(c:Person) RETURN a.name, b.name, c.name"));
        assertEquals(List.of("Alice|Carol|Bob"), rows("MATCH (a:Person)-[:Knows]->(b:Person), (a)-[:Knows]->(c:Person)"
                + " WHERE b.age < c.age RETURN a.name, b.name, c.name"));
    }

    @Test
    void returnsNodesAndRelsAsValues() {
        createKnows();
        assertEquals(List.of("{_ID: 0:0, _LABEL: Person, name: Alice, age: 30}"),
                rows("MATCH (p:Person {name: 'Alice'}) RETURN p"));
        assertEquals(List.of("(0:0)-{_LABEL: Knows, _ID: 1:0, since: 3}->(0:1)"),
                rows("MATCH (:Person {name: 'Alice'})-[k:Knows]->(:Person {name: 'Bob'}) RETURN k"));
        assertEquals(List.of("{_ID: 0:1, _LABEL: Person, name: Bob, age: 27}|(0:0)-{_LABEL: Knows, _ID: 1:0, since: 3}->(0:1)"),
                rows("MATCH (a:Person {name: 'Alice'})-[k:Knows]->(b:Person {name: 'Bob'}) RETURN b, k"));
    }

    @Test
    void chainsMatchClauses() {
        createKnows();
        assertEquals(List.of("Bob", "Carol"), rows(
                "MATCH (a:Person {name: 'Alice'}) MATCH (b:Person) WHERE b.age < a.age RETURN b.name ORDER BY b.name"));
        assertEquals(List.of("Alice|Carol"), rows("MATCH (a:Person)-[:Knows]->(b:Person) MATCH (b)-[:Knows]->(c:Person)"
                + " RETURN a.name, c.name"));
        assertEquals(List.of("Carol|2"), rows("MATCH (a:Person) WHERE a.age < 20 CALL show_tables() RETURN a.name,"
                + " count(*)"));
    }

    @Test
    void withKeepsNodesForLaterClauses() {
        createKnows();
        assertEquals(List.of("Alice|Bob", "Alice|Carol"), rows("MATCH (a:Person) WHERE a.age > 29 WITH a, a.age AS age"
                + " MATCH (a)-[:Knows]->(b:Person) RETURN a.name, b.name ORDER BY b.name"));
        assertEquals(List.of("Bob|27"), rows("MATCH (a:Person)-[k:Knows]->(b:Person) WITH b AS x, k WHERE k.since = 3"
                + " RETURN x.name, x.age"));
        assertEquals(List.of("{_ID: 0:0, _LABEL: Person, name: Alice, age: 30}"),
                rows("MATCH (a:Person) WITH a WHERE a.name = 'Alice' RETURN a"));
    }

    @Test
    void optionalMatchKeepsRowsWithoutMatches() {
        createKnows();
        assertEquals(List.of("Alice|Bob", "Alice|Carol", "Bob|Carol", "Carol|"), rows("MATCH (a:Person)"
                + " OPTIONAL MATCH (a)-[:Knows]->(b:Person) RETURN a.name, b.name ORDER BY a.name, b.name"));
        assertEquals(List.of("Alice|0", "Bob|1", "Carol|2"), rows("MATCH (a:Person) OPTIONAL MATCH"
                + " (a)<-[:Knows]-(b:Person) RETURN a.name, count(b.name) ORDER BY a.name"));
    }

    @Test
    void anUnlabelledStartNodeTakesTheTableItsRelStartsFrom() {
        createKnows();
        rows("CREATE NODE TABLE City (name STRING, PRIMARY KEY(name))");
        rows("CREATE REL TABLE LivesIn (FROM Person TO City, FROM City TO City)");
        rows("MATCH (p:Person {name: 'Bob'}) CREATE (p)-[:LivesIn]->(:City {name: 'Oslo'})");
        assertEquals(List.of("3"), rows("MATCH (a)-[:Knows]->(b) RETURN count(*)"));
        assertEquals(List.of("Alice|Bob", "Alice|Carol"), rows("MATCH (a)<-[:Knows]-(b:Person {name: 'Alice'}) "
                + "RETURN b.name, a.name ORDER BY a.name"));
        assertEquals(List.of("Oslo|Bob"), rows("MATCH (c)<-[:LivesIn]-(p:Person) RETURN c.name, p.name"));
        // Person and City both lead to a City: that start node ranges over two tables.
        assertEquals(List.of("1"), rows("MATCH (a)-[:LivesIn]->(c:City) RETURN count(*)"));
        assertEquals("Binder exception: Table Visits does not exist.",
                assertThrows(KuzuException.class, () -> rows("MATCH ()-[:Visits]->() RETURN count(*)")).getMessage());
    }

    @Test
    void optionalMatchFiltersItsOwnMatchesOnBoundVariablesOfAnyTable() {
        createKnows();
        rows("CREATE NODE TABLE City (name STRING, PRIMARY KEY(name))");
        assertEquals(List.of("Alice|Carol", "Bob|", "Carol|"), rows("MATCH (a:Person) OPTIONAL MATCH"
                + " (a)-[:Knows]->(b:Person) WHERE b.age < a.age - 9 RETURN a.name, b.name ORDER BY a.name, b.name"));
    }

    @Test
    void followsVariableLengthRelationships() {
        createKnows();
        assertEquals(List.of("Bob|1", "Carol|2"), rows("MATCH (a:Person {name: 'Alice'})-[:Knows*1..2]->(b:Person)"
                + " RETURN b.name, count(*) ORDER BY b.name"));
        assertEquals(List.of("Carol"), rows("MATCH (a:Person {name: 'Alice'})-[:Knows*2]->(b:Person) RETURN b.name"));
        assertEquals(List.of("Alice", "Bob", "Carol", "Carol"), rows("MATCH (a:Person {name: 'Alice'})"
                + "-[:Knows*0..2]->(b:Person) RETURN b.name ORDER BY b.name"));
    }

    @Test
    void rejectsVariablesUsedAsNodeAndRel() {
        createKnows();
        assertEquals("Binder exception: r has data type NODE but REL was expected.",
                assertThrows(KuzuException.class, () -> rows("MATCH ()-[r:Knows]->(r) RETURN r")).getMessage());
        assertTrue(assertThrows(KuzuException.class, () -> rows("MATCH ()-[r:Knows $p]->() RETURN r"))
                .getMessage().startsWith("Parser exception: Invalid input <MATCH ()-[r:Knows $>"));
    }

    @Test
    void relCopyChecksKeysAndMultiplicity() {
        createPeople();
        rows("CREATE REL TABLE Likes (FROM Person TO Person, ONE_ONE)");
        KuzuException unknown = assertThrows(KuzuException.class,
                () -> rows("COPY Likes FROM (RETURN 'Alice' AS a, 'Zed' AS b)"));
        assertEquals("Copy exception: Unable to find primary key value Zed.", unknown.getMessage());
        KuzuException multiplicity = assertThrows(KuzuException.class,
                () -> rows("COPY Likes FROM (MATCH (a:Person), (b:Person) RETURN a.name, b.name)"));
        assertTrue(multiplicity.getMessage().contains("violates the rel multiplicity constraint"),
                multiplicity.getMessage());
        assertEquals(List.of("0"), rows("MATCH (a:Person)-[:Likes]->(b:Person) RETURN count(*)"));
    }

    @Test
    void createsRelationshipsBetweenMatchedNodes() {
        createKnows();
        assertEquals(List.of(), rows("MATCH (a:Person), (b:Person) WHERE a.name = 'Carol' AND b.name = 'Alice'"
                + " CREATE (a)-[:Knows {since: 2024}]->(b)"));
        assertEquals(List.of("Alice|2024"),
                rows("MATCH (:Person {name: 'Carol'})-[k:Knows]->(b:Person) RETURN b.name, k.since"));
    }

    @Test
    void createsPatternsForEveryRow() {
        rows("CREATE NODE TABLE T (id INT64, PRIMARY KEY(id))");
        rows("CREATE REL TABLE Next (FROM T TO T, w INT64)");
        rows("UNWIND [1, 2, 3] AS i CREATE (:T {id: i})");
        rows("CREATE (a:T {id: 10})-[:Next {w: 5}]->(b:T {id: 11}), (c:T {id: 12})");
        assertEquals(List.of("1", "2", "3", "10", "11", "12"), rows("MATCH (t:T) RETURN t.id ORDER BY t.id"));
        assertEquals(List.of("10|5|11"), rows("MATCH (a:T)-[n:Next]->(b:T) RETURN a.id, n.w, b.id"));
        assertEquals(List.of("20"), rows("CREATE (x:T {id: 20}) RETURN x.id"));
        KuzuException duplicate = assertThrows(KuzuException.class,
                () -> rows("UNWIND [30, 1] AS i CREATE (:T {id: i})"));
        assertTrue(duplicate.getMessage().contains("duplicated primary key"), duplicate.getMessage());
        assertEquals(List.of("7"), rows("MATCH (t:T) RETURN count(*)"));
    }

    @Test
    void dropsTables() {
        createKnows();
        KuzuException referenced = assertThrows(KuzuException.class, () -> rows("DROP TABLE Person"));
        assertTrue(referenced.getMessage().contains("referenced by relationship table Knows"), referenced.getMessage());
        rows("DROP TABLE Knows");
        rows("DROP TABLE Person");
        assertEquals(List.of(), rows("CALL show_tables() RETURN *"));
    }

    @Test
    void bindsParameters() {
        createPeople();
        assertEquals(List.of("Alice"), rows("MATCH (p:Person) WHERE p.age > $min RETURN p.name", Map.of("min", 28)));
    }

    @Test
    void copyReportsCountAndRejectsDuplicateKeysWithoutChanges() {
        rows("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name))");
        assertEquals(List.of("1 tuples have been copied to the Person table."),
                rows("COPY Person FROM (RETURN 'Alice' AS name, 30 AS age)"));
        KuzuException error = assertThrows(KuzuException.class,
                () -> rows("COPY Person FROM (RETURN 'Alice' AS name, 31 AS age)"));
        assertTrue(error.getMessage().contains("duplicated primary key"), error.getMessage());
        assertEquals("23505", error.sqlState());
        assertEquals(List.of("Alice|30"), rows("MATCH (p:Person) RETURN p.*"));
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        KuzuException error = assertThrows(KuzuException.class, () -> rows("MATCH (a) WHERE a.age != 1 RETURN *;"));
        assertEquals("""
                Parser exception: Unknown operation '!=' (you probably meant to use '<>', which is the operator \
                for inequality testing.) (line: 1, offset: 22)
                "MATCH (a) WHERE a.age != 1 RETURN *;"
                                       ^^""", error.getMessage());
        KuzuException invalid = assertThrows(KuzuException.class, () -> rows("MATC (n) RETURN n"));
        assertTrue(invalid.getMessage().startsWith("Parser exception: Invalid input <MATC>"), invalid.getMessage());
    }

    @Test
    void reportsUnknownTablesAndProperties() {
        createPeople();
        assertEquals("Binder exception: Table Dog does not exist.",
                assertThrows(KuzuException.class, () -> rows("MATCH (d:Dog) RETURN d.name")).getMessage());
        assertEquals("Binder exception: Cannot find property height for p.",
                assertThrows(KuzuException.class, () -> rows("MATCH (p:Person) RETURN p.height")).getMessage());
        assertEquals("Runtime exception: No database named uw.",
                assertThrows(KuzuException.class, () -> rows("LOAD FROM uw.person RETURN *")).getMessage());
    }

    @Test
    void createsTablesWithNestedTypes() {
        rows("create node table organisation (ID INt64, state STRUCT(revenue INT16, location STRING[],"
                + " stock STRUCT(price INT64[], volume INT64)), info UNION(price FLOAT, note STRING),"
                + " audience MAP(STRING, INT64), grades INT64[4], amount DECIMAL(10, 2), PRIMARY KEY (ID))");
        assertEquals(List.of("1|state|STRUCT(revenue INT16, location STRING[], stock STRUCT(price INT64[], volume INT64))",
                        "2|info|UNION(price FLOAT, note STRING)", "3|audience|MAP(STRING, INT64)", "4|grades|INT64[4]",
                        "5|amount|DECIMAL(10, 2)"),
                rows("CALL table_info('organisation') WHERE `property id` > 0 RETURN `property id`, name, type"));
    }

    @Test
    void setsAndReadsOptions() {
        assertEquals(List.of(), rows("CALL threads=3"));
        assertEquals(List.of("3"), rows("CALL current_setting('threads') RETURN *"));
        assertEquals(List.of("True"), rows("CALL current_setting('enable_plan_optimizer') RETURN *"));
        assertEquals("Binder exception: Invalid option name: thread.",
                assertThrows(KuzuException.class, () -> rows("CALL thread=10")).getMessage());
    }

    @Test
    void showsTablesAndTableInfo() {
        createPeople();
        assertEquals(List.of("0|Person|NODE|local(kuzu)|"), rows("CALL SHOW_TABLES() RETURN *"));
        assertEquals(List.of("0|name|STRING|NULL|True", "1|age|INT32|NULL|False"),
                rows("CALL table_info('person') RETURN *"));
    }
}
