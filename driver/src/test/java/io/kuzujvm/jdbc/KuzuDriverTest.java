package io.kuzujvm.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KuzuDriverTest {

    @Test
    void driverManagerFindsTheDriverThroughTheServiceFile() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:kuzu::memory:");
        assertInstanceOf(KuzuDriver.class, driver);
        assertFalse(driver.jdbcCompliant());
        assertEquals(KuzuDriver.MAJOR_VERSION, driver.getMajorVersion());
        assertEquals(KuzuDriver.MINOR_VERSION, driver.getMinorVersion());
    }

    @Test
    void acceptsOnlyKuzuUrls() throws SQLException {
        KuzuDriver driver = new KuzuDriver();
        assertTrue(driver.acceptsURL("jdbc:kuzu::memory:"));
        assertTrue(driver.acceptsURL("jdbc:kuzu:/tmp/db"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/x"));
        assertFalse(driver.acceptsURL("jdbc:kuz:"));
        assertNull(driver.connect("jdbc:h2:mem:", new Properties()));
        assertThrows(SQLException.class, () -> driver.acceptsURL(null));
    }

    @Test
    void parsesTheThreeUrlForms() throws SQLException {
        KuzuUrl memory = KuzuUrl.parse("jdbc:kuzu::memory:", null);
        assertEquals(KuzuUrl.Kind.PRIVATE_MEMORY, memory.kind());
        KuzuUrl named = KuzuUrl.parse("jdbc:kuzu::memory:shared1?read_only=true", null);
        assertEquals(KuzuUrl.Kind.NAMED_MEMORY, named.kind());
        assertEquals("shared1", named.location());
        assertEquals("true", named.properties().getProperty("read_only"));
        KuzuUrl disk = KuzuUrl.parse("jdbc:kuzu:/var/data/graph", null);
        assertEquals(KuzuUrl.Kind.ON_DISK, disk.kind());
        assertEquals("/var/data/graph", disk.location());
    }

    @Test
    void urlPropertiesWinOverGivenProperties() throws SQLException {
        Properties given = new Properties();
        given.setProperty("READ_ONLY", "false");
        given.setProperty("user", "sa");
        KuzuUrl url = KuzuUrl.parse("jdbc:kuzu::memory:?read_only=true", given);
        assertEquals("true", url.properties().getProperty("read_only"));
        assertEquals("sa", url.properties().getProperty("user"));
    }

    @Test
    void unknownPropertyIsAClearError() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:kuzu::memory:?readonly=true"));
        assertTrue(e.getMessage().contains("Unknown connection property 'readonly'"), e.getMessage());
        assertTrue(e.getMessage().contains("read_only"), e.getMessage());
        Properties props = new Properties();
        props.setProperty("bogus", "1");
        assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:kuzu::memory:", props));
    }

    @Test
    void invalidBooleanPropertyIsAnError() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:kuzu::memory:?read_only=maybe"));
        assertTrue(e.getMessage().contains("maybe"), e.getMessage());
    }

    @Test
    void malformedUrlsFailWith08001() {
        for (String url : new String[] {"jdbc:kuzu:", "jdbc:kuzu::memory", "jdbc:kuzu::mem:", "jdbc:kuzu::memory:?x",
                "jdbc:kuzu::memory:?read_only=%zz"}) {
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url), url);
            assertEquals("08001", e.getSQLState(), url);
        }
    }

    @Test
    void propertyInfoListsEveryPropertyWithDescriptions() throws SQLException {
        DriverPropertyInfo[] info = new KuzuDriver().getPropertyInfo("jdbc:kuzu::memory:?read_only=true", null);
        assertEquals(KuzuConnectionProperty.values().length, info.length);
        DriverPropertyInfo readOnly = Arrays.stream(info).filter(p -> p.name.equals("read_only")).findFirst()
                .orElseThrow();
        assertEquals("true", readOnly.value);
        assertFalse(readOnly.required);
        assertTrue(readOnly.description.length() > 10);
        assertEquals(Arrays.asList("true", "false"), Arrays.asList(readOnly.choices));
        for (DriverPropertyInfo property : info) {
            assertTrue(property.description != null && !property.description.isEmpty(), property.name);
        }
    }

    @Test
    void readOnlyPropertyIsReportedByTheConnection() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:?read_only=true")) {
            assertTrue(conn.isReadOnly());
            assertTrue(conn.getMetaData().isReadOnly());
        }
        try (Connection conn = DriverManager.getConnection("jdbc:kuzu::memory:")) {
            assertFalse(conn.isReadOnly());
        }
    }

    @Test
    void dataSourceOpensConnections() throws SQLException {
        KuzuDataSource dataSource = new KuzuDataSource("jdbc:kuzu::memory:");
        dataSource.setReadOnly(true);
        try (Connection conn = dataSource.getConnection("sa", "")) {
            assertTrue(conn.isValid(1));
            assertTrue(conn.isReadOnly());
        }
        dataSource.setLoginTimeout(5);
        assertEquals(5, dataSource.getLoginTimeout());
        assertTrue(dataSource.isWrapperFor(KuzuDataSource.class));
    }
}
