package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuDatabaseMetaDataTest {

    private static List<String> column(ResultSet rs, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
            values.add(rs.getString(name));
        }
        rs.close();
        return values;
    }

    private static List<String> labels(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            names.add(md.getColumnLabel(i));
        }
        return names;
    }

    @Test
    void productAndIdentifierFacts() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            DatabaseMetaData md = conn.getMetaData();
            assertEquals("Kuzu", md.getDatabaseProductName());
            assertTrue(md.getDatabaseProductVersion().startsWith("0.11"));
            assertEquals("jdbc:kuzu::memory:", md.getURL());
            assertNull(md.getUserName());
            assertTrue(md.storesMixedCaseIdentifiers());
            assertFalse(md.supportsMixedCaseIdentifiers());
            assertFalse(md.storesUpperCaseIdentifiers());
            assertFalse(md.storesLowerCaseIdentifiers());
            assertFalse(md.storesUpperCaseQuotedIdentifiers());
            assertFalse(md.storesLowerCaseQuotedIdentifiers());
            assertEquals("`", md.getIdentifierQuoteString());
            assertTrue(md.supportsTransactions());
            assertTrue(md.supportsBatchUpdates());
            assertEquals(4, md.getJDBCMajorVersion());
            assertEquals(conn, md.getConnection());
        }
    }

    @Test
    void emptyResultsHaveTheSpecColumns() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            DatabaseMetaData md = conn.getMetaData();
            assertEquals(List.of("TABLE_CAT"), labels(md.getCatalogs()));
            assertEquals(List.of("TABLE_SCHEM", "TABLE_CATALOG"), labels(md.getSchemas()));
            assertEquals(14, md.getImportedKeys(null, null, "x").getMetaData().getColumnCount());
            assertEquals(9, md.getProcedures(null, null, "%").getMetaData().getColumnCount());
            assertFalse(md.getCatalogs().next());
            assertEquals(List.of("NODE TABLE", "REL TABLE"), column(md.getTableTypes(), "TABLE_TYPE"));
        }
    }

    @Test
    void typeInfoIsWellFormed() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             ResultSet rs = conn.getMetaData().getTypeInfo()) {
            assertEquals(18, rs.getMetaData().getColumnCount());
            assertEquals(Types.INTEGER, rs.getMetaData().getColumnType(2));
            assertEquals(Types.SMALLINT, rs.getMetaData().getColumnType(7));
            List<String> names = new ArrayList<>();
            int lastType = Integer.MIN_VALUE;
            while (rs.next()) {
                names.add(rs.getString("TYPE_NAME"));
                int type = rs.getInt("DATA_TYPE");
                assertTrue(type >= lastType, "sorted by DATA_TYPE");
                lastType = type;
                assertEquals(DatabaseMetaData.typeNullable, rs.getShort("NULLABLE"));
                assertTrue(rs.getObject("NULLABLE") instanceof Short);
            }
            assertTrue(names.containsAll(List.of("INT64", "STRING", "DOUBLE", "BOOL", "DATE", "TIMESTAMP", "SERIAL")));
            assertFalse(names.contains("NODE"));
        }
    }

    @Test
    void tablesColumnsAndPrimaryKeysComeFromTheCatalog() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement s = conn.createStatement()) {
            s.execute("CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))");
            s.execute("CREATE NODE TABLE City(id INT64, PRIMARY KEY(id))");
            DatabaseMetaData md = conn.getMetaData();

            ResultSet tables = md.getTables(null, null, "%", null);
            assertEquals(10, tables.getMetaData().getColumnCount());
            assertEquals(List.of("City", "Person"), column(tables, "TABLE_NAME"));
            assertEquals(List.of("Person"), column(md.getTables(null, null, "PER_ON", null), "TABLE_NAME"));
            assertEquals(List.of("NODE TABLE"), column(md.getTables(null, null, "Person", null), "TABLE_TYPE"));
            assertEquals(List.of("City", "Person"),
                    column(md.getTables(null, null, null, new String[] {"TABLE"}), "TABLE_NAME"));
            assertEquals(List.of(), column(md.getTables(null, null, "%", new String[] {"REL TABLE"}), "TABLE_NAME"));
            assertEquals(List.of(), column(md.getTables("other", null, "%", null), "TABLE_NAME"));

            try (ResultSet columns = md.getColumns(null, null, "Person", "%")) {
                assertEquals(24, columns.getMetaData().getColumnCount());
                assertTrue(columns.next());
                assertEquals("name", columns.getString("COLUMN_NAME"));
                assertEquals(Types.VARCHAR, columns.getInt("DATA_TYPE"));
                assertEquals("STRING", columns.getString("TYPE_NAME"));
                assertEquals(1, columns.getInt("ORDINAL_POSITION"));
                assertEquals("NO", columns.getString("IS_NULLABLE"));
                assertTrue(columns.next());
                assertEquals("age", columns.getString("COLUMN_NAME"));
                assertEquals(Types.BIGINT, columns.getInt("DATA_TYPE"));
                assertEquals("YES", columns.getString("IS_NULLABLE"));
                assertFalse(columns.next());
            }
            assertEquals(List.of("age"), column(md.getColumns(null, null, "person", "a%"), "COLUMN_NAME"));

            try (ResultSet keys = md.getPrimaryKeys(null, null, "Person")) {
                assertTrue(keys.next());
                assertEquals("name", keys.getString("COLUMN_NAME"));
                assertEquals(1, keys.getShort("KEY_SEQ"));
                assertFalse(keys.next());
            }
        }
    }

    @Test
    void closedConnectionMetadataFails() throws SQLException {
        Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
        DatabaseMetaData md = conn.getMetaData();
        conn.close();
        SQLException e = assertThrows(SQLException.class, () -> md.getTables(null, null, "%", null));
        assertEquals("08003", e.getSQLState());
    }

    @Test
    void likePatterns() {
        assertTrue(LikePattern.of("%").matches("Person"));
        assertTrue(LikePattern.of(null).matches("anything"));
        assertTrue(LikePattern.of("per%").matches("Person"));
        assertTrue(LikePattern.of("P_rson").matches("Person"));
        assertFalse(LikePattern.of("P_son").matches("Person"));
        assertTrue(LikePattern.of("a\\_b").matches("a_b"));
        assertFalse(LikePattern.of("a\\_b").matches("axb"));
        assertTrue(LikePattern.of("a.b").matches("a.b"));
        assertFalse(LikePattern.of("a.b").matches("axb"));
    }
}
