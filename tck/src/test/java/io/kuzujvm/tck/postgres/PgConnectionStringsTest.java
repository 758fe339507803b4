package io.kuzujvm.tck.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PgConnectionStringsTest {

    @Test
    void replacesServerKeepsDatabase() {
        String q = "ATTACH 'dbname=pgscan user=ci host=localhost' as tinysnb (dbtype POSTGRES);";
        assertEquals("ATTACH 'dbname=pgscan host=127.0.0.1 port=5433 user=pg password=pw' as "
                + "tinysnb (dbtype POSTGRES);",
                PgConnectionStrings.rewrite(q, "127.0.0.1", 5433, "pg", "pw"));
        assertEquals("ATTACH 'dbname=pgscan host=h port=1 user=u' (dbtype postgres)",
                PgConnectionStrings.rewrite("ATTACH 'dbname=pgscan user=ci host=localhost' "
                        + "(dbtype postgres)", "h", 1, "u", ""));
    }

    @Test
    void leavesOtherAttachmentsAlone() {
        String q = "ATTACH '/tmp/x.db' as s (dbtype sqlite)";
        assertFalse(PgConnectionStrings.attachesPostgres(q));
        assertEquals(q, PgConnectionStrings.rewrite(q, "h", 1, "u", "p"));
    }

    @Test
    void externalUrls() {
        PostgresServer a = PostgresServer.external(
                "jdbc:postgresql://db.local:6543/maint?user=me&password=s%40cret");
        assertEquals("db.local", a.host());
        assertEquals(6543, a.port());
        assertEquals("me", a.user());
        assertEquals("s@cret", a.password());
        PostgresServer b = PostgresServer.external("postgresql://me:pw@localhost/postgres");
        assertEquals(5432, b.port());
        assertEquals("pw", b.password());
        assertEquals("dbname=x host=localhost port=5432 user=me password=pw",
                b.libpqConnectionString("x"));
    }
}
