package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** COMMENT ON TABLE: kept in the catalog, shown by SHOW_TABLES, undone by ROLLBACK, kept by ALTER TABLE. */
class TableCommentTest extends InMemorySessionTest {

    @BeforeEach
    void createTables() {
        rows("CREATE NODE TABLE person(id INT64 PRIMARY KEY)");
        rows("CREATE REL TABLE knows(FROM person TO person)");
    }

    @Test
    void showTablesShowsTheComment() {
        assertEquals(List.of("Comment added to table person."), rows("COMMENT ON TABLE person IS 'People'"));
        rows("COMMENT ON TABLE knows IS 'Who knows whom'");
        assertEquals(List.of("0|person|NODE|local(kuzu)|People", "2|knows|REL|local(kuzu)|Who knows whom"),
                rows("CALL show_tables() RETURN * ORDER BY id"));
    }

    @Test
    void rollbackUndoesTheCommentAndAlterTableKeepsIt() {
        session.beginTransaction(false);
        rows("COMMENT ON TABLE knows IS 'Who knows whom'");
        session.rollback();
        assertEquals(List.of(""), rows("CALL show_tables() WHERE name = 'knows' RETURN comment"));
        rows("COMMENT ON TABLE person IS 'People'");
        rows("ALTER TABLE person ADD age INT64");
        rows("ALTER TABLE person RENAME TO human");
        assertEquals(List.of("People"), rows("CALL show_tables() WHERE name = 'human' RETURN comment"));
    }

    @Test
    void anUnknownTableIsAnError() {
        assertEquals("Binder exception: Table nobody does not exist.", error("COMMENT ON TABLE nobody IS 'x'"));
    }
}
