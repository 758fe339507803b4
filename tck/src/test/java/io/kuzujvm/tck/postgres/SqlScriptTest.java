package io.kuzujvm.tck.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsStatementsCopyDataAndMetaCommands() {
        List<SqlScript.Command> commands = SqlScript.parse("""
                -- comment; not a statement
                SET x = 'a;b';
                \\connect other
                CREATE TABLE "t;1" (a int); /* c; */
                COPY public.t (a, b) FROM stdin;
                1\tx;y
                2\t\\\\x41
                \\.
                ALTER TABLE t OWNER TO ci;
                DO $$ BEGIN PERFORM 1; END $$;
                """);
        assertEquals(6, commands.size(), commands.toString());
        assertEquals(new SqlScript.Sql("SET x = 'a;b'"), commands.get(0));
        assertEquals("other", ((SqlScript.Meta) commands.get(1)).connectTarget());
        assertEquals(new SqlScript.Sql("CREATE TABLE \"t;1\" (a int)"), commands.get(2));
        SqlScript.CopyFromStdin copy = assertInstanceOf(SqlScript.CopyFromStdin.class,
                commands.get(3));
        assertEquals("COPY public.t (a, b) FROM stdin", copy.sql());
        assertEquals("1\tx;y\n2\t\\\\x41\n", copy.data());
        assertTrue(((SqlScript.Sql) commands.get(4)).isOwnerChange());
        assertEquals(new SqlScript.Sql("DO $$ BEGIN PERFORM 1; END $$"), commands.get(5));
    }
}
