package io.kuzujvm.tck.e2e;

import io.kuzujvm.tck.postgres.PostgresBinaries;
import io.kuzujvm.tck.postgres.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walkthrough of Kùzu's PostgreSQL extension page, through JDBC on jdbc:kuzu::memory:,
 * against a real PostgreSQL server: embedded, once per version we ship binaries of, or
 * KUZU_TEST_PG_URL.
 */
@ParameterizedClass(name = "PostgreSQL {0}")
@MethodSource("io.kuzujvm.tck.postgres.PostgresBinaries#versions")
class PostgresWalkthroughTest {

    private static PostgresServer server;

    @Parameter
    private String version;

    private Connection connection;

    @BeforeParameterizedClassInvocation
    static void startServer(String version) throws Exception {
        server = PostgresServer.start(version);
        server.createDatabase("university");
        server.runScript("university", """
                CREATE TABLE person(name VARCHAR, age INTEGER);
                INSERT INTO person VALUES ('Alice', 30), ('Bob', 27), ('Carol', 19), ('Dan', 25);
                """);
    }

    @AfterParameterizedClassInvocation
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        // No Class.forName: the driver is found through META-INF/services.
        connection = DriverManager.getConnection("jdbc:kuzu::memory:");
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    private String university() {
        return server.libpqConnectionString("university");
    }

    private List<String> rows(String cypher) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(cypher)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(rs.getString(c));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }

    private void execute(String cypher) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(cypher);
        }
    }

    @Test
    void serverIsOfTheVersionAsked() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.isEmbedded(), "an external server has its own version");
        assertEquals(PostgresBinaries.major(version), server.versionNumber() / 10000);
    }

    @Test
    void walksThroughTheExtensionPage() throws SQLException {
        execute("INSTALL postgres_scanner;");
        execute("LOAD EXTENSION postgres_scanner;");
        execute("ATTACH '" + university() + "' AS uw (dbtype 'postgres');");

        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("LOAD FROM uw.person RETURN *")) {
            ResultSetMetaData meta = rs.getMetaData();
            assertEquals(2, meta.getColumnCount());
            assertEquals("name", meta.getColumnName(1));
            assertEquals("STRING", meta.getColumnTypeName(1));
            assertEquals("age", meta.getColumnName(2));
            assertEquals("INT32", meta.getColumnTypeName(2));
            List<String> people = new ArrayList<>();
            while (rs.next()) {
                people.add(rs.getString("name") + ":" + rs.getInt("age"));
            }
            assertEquals(List.of("Alice:30", "Bob:27", "Carol:19", "Dan:25"), people);
        }

        assertEquals(List.of("Alice", "Bob"), rows("LOAD FROM uw.person WHERE age > 25 RETURN name"));
        String plan = String.join("\n", rows("EXPLAIN LOAD FROM uw.person WHERE age > 25 RETURN name"));
        assertTrue(plan.matches("(?s).*SELECT \"name\"\\s+FROM \"public\".\"person\"\\s+WHERE \"age\" > 25.*"), plan);

        execute("CREATE NODE TABLE Person (name STRING, age INT32, PRIMARY KEY(name));");
        assertEquals(List.of("4 tuples have been copied to the Person table."),
                rows("COPY Person FROM (LOAD FROM uw.person RETURN *);"));
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("MATCH (p:person) RETURN p.*;")) {
            assertEquals("p.name", rs.getMetaData().getColumnName(1));
            assertEquals("p.age", rs.getMetaData().getColumnName(2));
        }
        assertEquals(List.of("Alice|30", "Bob|27", "Carol|19", "Dan|25"), rows("MATCH (p:person) RETURN p.*;"));

        assertEquals(1, rows("CALL POSTGRES_CLEAR_CACHE() RETURN *;").size());
    }

    @Test
    void pushesStringMatchesAndListMembershipIntoTheSql() throws SQLException {
        execute("ATTACH '" + university() + "' AS uw (dbtype postgres)");
        assertEquals(List.of("Carol", "Dan"), rows("LOAD FROM uw.person WHERE name STARTS WITH 'C' OR name ENDS WITH 'n' "
                + "RETURN name ORDER BY name"));
        assertEquals(List.of("Alice", "Carol"), rows("LOAD FROM uw.person WHERE name CONTAINS 'l' RETURN name ORDER BY name"));
        assertEquals(List.of("Bob", "Dan"), rows("LOAD FROM uw.person WHERE age IN [25, 27] RETURN name ORDER BY name"));
        String plan = String.join("\n", rows("EXPLAIN LOAD FROM uw.person WHERE name STARTS WITH 'C_' AND age IN [25, 27] RETURN name"));
        assertTrue(plan.contains("LIKE 'C\\_%'") && plan.contains("IN (25, 27)"), plan);
    }

    @Test
    void attachWithoutAliasUsesTheDatabaseName() throws SQLException {
        execute("ATTACH '" + university() + "' (dbtype postgres)");
        assertEquals(List.of("4"), rows("LOAD FROM university.person RETURN count(*)"));
    }

    @Test
    void syntaxErrorNamesThePositionAndKeepsTheConnection() throws SQLException {
        SQLException error = assertThrows(SQLException.class, () -> rows("MATCH (p:Person RETURN p"));
        assertInstanceOf(SQLSyntaxErrorException.class, error);
        assertTrue(error.getMessage().startsWith("Parser exception: Invalid input"), error.getMessage());
        assertTrue(error.getMessage().contains("(line: 1, offset: 16)"), error.getMessage());
        assertEquals(List.of("1"), rows("RETURN 1"));
    }

    @Test
    void unknownTablesAndAliasesAreKuzuErrors() throws SQLException {
        assertEquals("Binder exception: Table Nobody does not exist.",
                assertThrows(SQLException.class, () -> rows("MATCH (n:Nobody) RETURN n.x")).getMessage());
        assertEquals("Runtime exception: No database named uw.",
                assertThrows(SQLException.class, () -> rows("LOAD FROM uw.person RETURN *")).getMessage());
        execute("ATTACH '" + university() + "' AS uw (dbtype postgres)");
        assertEquals("Catalog exception: person1 does not exist in catalog.",
                assertThrows(SQLException.class, () -> rows("LOAD FROM uw.person1 RETURN *")).getMessage());
        assertEquals(List.of("Dan"), rows("LOAD FROM uw.person WHERE name = 'Dan' RETURN name"));
    }

    @Test
    void wrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        String role = "kuzu_walkthrough";
        boolean canTestPasswords = server.isEmbedded() && PasswordLogins.require(server, role, "right-password");
        org.junit.jupiter.api.Assumptions.assumeTrue(canTestPasswords,
                "password checks need the embedded server, whose pg_hba.conf this test can change");
        server.runScript("university", "GRANT SELECT ON person TO " + role + ";");
        String wrong = "dbname=university host=" + server.host() + " port=" + server.port() + " user=" + role
                + " password=wrong-secret-123";
        SQLException error = assertThrows(SQLException.class,
                () -> execute("ATTACH '" + wrong + "' AS uw (dbtype postgres)"));
        assertTrue(error.getMessage().contains("Failed to attach postgres database"), error.getMessage());
        assertTrue(error.getMessage().contains("password authentication failed"), error.getMessage());
        assertFalse(error.getMessage().contains("wrong-secret-123"), error.getMessage());
        String right = wrong.replace("wrong-secret-123", "right-password");
        execute("ATTACH '" + right + "' AS uw (dbtype postgres)");
        assertEquals(List.of("4"), rows("LOAD FROM uw.person RETURN count(*)"));
    }
}
