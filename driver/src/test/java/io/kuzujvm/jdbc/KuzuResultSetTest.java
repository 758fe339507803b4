package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuResultSetTest {

    private static final UUID ID = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");

    /** One row of every scalar type, held as the engine holds values. */
    private static KuzuResultSet everyType() {
        List<String> names = List.of("i64", "i32", "i16", "i8", "u8", "u64", "dbl", "flt", "bool", "str", "date", "ts",
                "uuid", "blob", "dec", "nul");
        List<LogicalType> types = List.of(LogicalType.INT64, LogicalType.INT32, LogicalType.INT16, LogicalType.INT8,
                LogicalType.of(TypeId.UINT8), LogicalType.of(TypeId.UINT64), LogicalType.DOUBLE, LogicalType.FLOAT,
                LogicalType.BOOL, LogicalType.STRING, LogicalType.DATE, LogicalType.TIMESTAMP,
                LogicalType.of(TypeId.UUID), LogicalType.of(TypeId.BLOB), LogicalType.of(TypeId.DECIMAL),
                LogicalType.STRING);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {5_000_000_000L, 7L, 300L, -3L, 200L, new BigInteger("18446744073709551615"), 2.5, 1.5,
            true, "x", LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 45, 1, 250_000_000), ID,
            new byte[] {1, 'a', (byte) 0xFF}, new BigDecimal("12.345"), null});
        return KuzuResultSet.ofRows(names, types, rows);
    }

    @Test
    void getObjectMapsEachKuzuType() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertTrue(rs.next());
            assertEquals(5_000_000_000L, rs.getObject("i64"));
            assertEquals(7, rs.getObject("i32"));
            assertEquals((short) 300, rs.getObject("i16"));
            assertEquals((byte) -3, rs.getObject("i8"));
            assertEquals((short) 200, rs.getObject("u8"));
            assertEquals(new BigInteger("18446744073709551615"), rs.getObject("u64"));
            assertEquals(2.5, rs.getObject("dbl"));
            assertEquals(1.5f, rs.getObject("flt"));
            assertEquals(Boolean.TRUE, rs.getObject("bool"));
            assertEquals("x", rs.getObject("str"));
            assertEquals(java.sql.Date.valueOf("2024-02-29"), rs.getObject("date"));
            assertEquals(Timestamp.valueOf("2024-02-29 13:45:01.25"), rs.getObject("ts"));
            assertEquals(ID, rs.getObject("uuid"));
            assertArrayEquals(new byte[] {1, 'a', (byte) 0xFF}, (byte[]) rs.getObject("blob"));
            assertEquals(new BigDecimal("12.345"), rs.getObject("dec"));
            assertNull(rs.getObject("nul"));
            assertTrue(rs.wasNull());
            assertFalse(rs.next());
        }
    }

    @Test
    void metadataClassNamesMatchGetObject() throws SQLException {
        try (ResultSet rs = everyType()) {
            ResultSetMetaData md = rs.getMetaData();
            assertTrue(rs.next());
            for (int i = 1; i <= md.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value != null) {
                    assertEquals(md.getColumnClassName(i), value.getClass().getName(), md.getColumnName(i));
                }
            }
        }
    }

    @Test
    void getStringRendersLikeKuzu() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertTrue(rs.next());
            assertEquals("5000000000", rs.getString("i64"));
            assertEquals("2.500000", rs.getString("dbl"));
            assertEquals("True", rs.getString("bool"));
            assertEquals("x", rs.getString("str"));
            assertEquals("2024-02-29", rs.getString("date"));
            assertEquals("2024-02-29 13:45:01.25", rs.getString("ts"));
            assertEquals("\\x01a\\xFF", rs.getString("blob"));
            assertEquals(ID.toString(), rs.getString("uuid"));
            assertNull(rs.getString("nul"));
            assertTrue(rs.wasNull());
            assertFalse(rs.getString("str") == null || rs.wasNull());
        }
    }

    @Test
    void numericGettersConvertAndCheckRange() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertTrue(rs.next());
            assertEquals(5_000_000_000L, rs.getLong("i64"));
            SQLDataException tooBig = assertThrows(SQLDataException.class, () -> rs.getInt("i64"));
            assertEquals("22003", tooBig.getSQLState());
            assertThrows(SQLDataException.class, () -> rs.getByte("i16"));
            assertThrows(SQLDataException.class, () -> rs.getLong("u64"));
            assertEquals(7, rs.getInt("i32"));
            assertEquals(7.0, rs.getDouble("i32"));
            assertEquals(2, rs.getInt("dbl"), "fractions are truncated");
            assertEquals(1.5f, rs.getFloat("flt"));
            assertEquals(1, rs.getInt("bool"));
            assertEquals(new BigDecimal("2.5"), rs.getBigDecimal("dbl"));
            assertEquals(new BigDecimal("12.345"), rs.getBigDecimal("dec"));
            assertTrue(rs.getBoolean("i32"));
            assertEquals(0, rs.getInt("nul"));
            assertTrue(rs.wasNull());
            assertFalse(rs.getBoolean("nul"));
            SQLDataException notANumber = assertThrows(SQLDataException.class, () -> rs.getInt("str"));
            assertEquals("22018", notANumber.getSQLState());
        }
    }

    @Test
    void temporalAndTypedGetters() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertTrue(rs.next());
            assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("date", LocalDate.class));
            assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 1, 250_000_000),
                    rs.getObject("ts", LocalDateTime.class));
            assertEquals(java.sql.Date.valueOf("2024-02-29"), rs.getDate("date"));
            assertEquals(Timestamp.valueOf("2024-02-29 00:00:00"), rs.getTimestamp("date"));
            assertEquals(java.sql.Date.valueOf("2024-02-29"), rs.getDate("ts"));
            assertEquals(5_000_000_000L, rs.getObject("i64", Long.class));
            assertEquals(7, rs.getObject("i32", Integer.class));
            assertEquals("2.500000", rs.getObject("dbl", String.class));
            assertEquals(ID, rs.getObject("uuid", UUID.class));
            assertNull(rs.getObject("nul", Integer.class));
            assertArrayEquals(new byte[] {1, 'a', (byte) 0xFF}, rs.getBytes("blob"));
            assertThrows(SQLException.class, () -> rs.getDate("dbl"));
        }
    }

    @Test
    void findColumnIgnoresCaseAndReportsUnknownNames() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertEquals(10, rs.findColumn("STR"));
            SQLException e = assertThrows(SQLException.class, () -> rs.findColumn("nope"));
            assertTrue(e.getMessage().contains("nope"));
            assertTrue(rs.next());
            assertThrows(SQLException.class, () -> rs.getString(0));
            assertThrows(SQLException.class, () -> rs.getString(17));
        }
    }

    @Test
    void cursorPositionIsReported() throws SQLException {
        List<Object[]> rows = List.of(new Object[] {1L}, new Object[] {2L});
        try (KuzuResultSet rs = KuzuResultSet.ofRows(List.of("n"), List.of(LogicalType.INT64), rows)) {
            assertTrue(rs.isBeforeFirst());
            assertThrows(SQLException.class, () -> rs.getLong(1), "no current row before next()");
            assertTrue(rs.next());
            assertTrue(rs.isFirst());
            assertFalse(rs.isLast());
            assertEquals(1, rs.getRow());
            assertTrue(rs.next());
            assertTrue(rs.isLast());
            assertEquals(2, rs.getLong(1));
            assertFalse(rs.next());
            assertTrue(rs.isAfterLast());
            assertFalse(rs.next());
            assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
            assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
            assertThrows(SQLException.class, rs::previous);
            assertThrows(SQLException.class, rs::first);
        }
    }

    @Test
    void emptyResultIsNeitherBeforeFirstNorAfterLast() throws SQLException {
        try (KuzuResultSet rs = KuzuResultSet.ofRows(List.of("n"), List.of(LogicalType.INT64), List.of())) {
            assertFalse(rs.isBeforeFirst());
            assertFalse(rs.next());
            assertFalse(rs.isAfterLast());
        }
    }

    @Test
    void closedResultSetRejectsCalls() throws SQLException {
        ResultSet rs = everyType();
        rs.close();
        assertTrue(rs.isClosed());
        SQLException e = assertThrows(SQLException.class, rs::next);
        assertTrue(e.getMessage().contains("ResultSet is closed"));
        assertThrows(SQLException.class, () -> rs.getString(1));
        assertThrows(SQLException.class, rs::getMetaData);
    }

    @Test
    void resultSetIsReadOnly() throws SQLException {
        try (ResultSet rs = everyType()) {
            assertTrue(rs.next());
            assertThrows(java.sql.SQLFeatureNotSupportedException.class, () -> rs.updateString(1, "y"));
            assertThrows(java.sql.SQLFeatureNotSupportedException.class, rs::insertRow);
        }
    }

    @Test
    void metadataMapsKuzuTypesToJdbc() throws SQLException {
        try (ResultSet rs = everyType()) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(16, md.getColumnCount());
            assertEquals("i64", md.getColumnName(1));
            assertEquals("i64", md.getColumnLabel(1));
            assertEquals(Types.BIGINT, md.getColumnType(1));
            assertEquals("INT64", md.getColumnTypeName(1));
            assertEquals(Types.INTEGER, md.getColumnType(2));
            assertEquals(Types.SMALLINT, md.getColumnType(3));
            assertEquals(Types.TINYINT, md.getColumnType(4));
            assertEquals(Types.DOUBLE, md.getColumnType(7));
            assertEquals(Types.REAL, md.getColumnType(8));
            assertEquals(Types.BOOLEAN, md.getColumnType(9));
            assertEquals(Types.VARCHAR, md.getColumnType(10));
            assertEquals(Types.DATE, md.getColumnType(11));
            assertEquals(Types.TIMESTAMP, md.getColumnType(12));
            assertEquals(Types.OTHER, md.getColumnType(13));
            assertEquals(Types.VARBINARY, md.getColumnType(14));
            assertEquals(Types.DECIMAL, md.getColumnType(15));
            assertTrue(md.isSigned(1));
            assertFalse(md.isSigned(5));
            assertTrue(md.isReadOnly(1));
            assertEquals(ResultSetMetaData.columnNullableUnknown, md.isNullable(1));
            assertEquals(19, md.getPrecision(1));
            assertTrue(md.getColumnDisplaySize(10) > 0);
            assertThrows(SQLException.class, () -> md.getColumnType(17));
        }
    }

    // ---- through a real query (needs RETURN of literals in the planner) -------------------------------

    @Test
    void literalsThroughAStatement() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement s = conn.createStatement()) {
            assertTrue(s.execute("RETURN 1 AS a, 'x' AS b, 2.5 AS c, true AS d, NULL AS e"));
            assertEquals(-1, s.getUpdateCount());
            try (ResultSet rs = s.getResultSet()) {
                assertSame(s, rs.getStatement());
                ResultSetMetaData md = rs.getMetaData();
                assertEquals(5, md.getColumnCount());
                assertEquals("a", md.getColumnLabel(1));
                assertEquals(Types.BIGINT, md.getColumnType(1));
                assertEquals(Types.VARCHAR, md.getColumnType(2));
                assertEquals(Types.DOUBLE, md.getColumnType(3));
                assertEquals(Types.BOOLEAN, md.getColumnType(4));
                assertTrue(rs.next());
                assertEquals(1L, rs.getObject("a"));
                assertEquals(1, rs.getInt("A"));
                assertEquals("x", rs.getString(2));
                assertEquals(2.5, rs.getDouble(3));
                assertEquals("2.500000", rs.getString(3));
                assertTrue(rs.getBoolean(4));
                assertEquals("True", rs.getString(4));
                assertNull(rs.getObject(5));
                assertTrue(rs.wasNull());
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void maxRowsLimitsTheResult() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:");
             Statement s = conn.createStatement()) {
            s.execute("CREATE NODE TABLE N(id INT64, PRIMARY KEY(id))");
            for (int i = 0; i < 5; i++) {
                s.execute("CREATE (:N {id: " + i + "})");
            }
            s.setMaxRows(2);
            try (ResultSet rs = s.executeQuery("MATCH (n:N) RETURN n.id")) {
                assertTrue(rs.next());
                assertTrue(rs.next());
                assertFalse(rs.next());
            }
        }
    }
}
