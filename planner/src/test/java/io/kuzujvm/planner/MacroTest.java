package io.kuzujvm.planner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CREATE MACRO, calls of macros, DROP MACRO and SHOW_MACROS, with Kùzu's results and messages. */
class MacroTest extends InMemorySessionTest {

    @BeforeEach
    void createGraph() {
        rows("CREATE NODE TABLE person(id INT64 PRIMARY KEY, age INT64, name STRING)");
        rows("CREATE (:person {id: 1, age: 30, name: 'A'}), (:person {id: 2, age: 35, name: 'B'})");
    }

    @Test
    void aCallExpandsToTheBodyWithItsArgumentsAndDefaults() {
        assertEquals(List.of("Macro: ADDDEFAULT has been created."),
                rows("CREATE MACRO addDefault(x, y := 40, z:=7) AS x + y + z"));
        assertEquals(List.of("1|40", "2|45"),
                rows("MATCH (p:person) RETURN p.id, addDefault(p.age, 3) ORDER BY p.id"));
        assertEquals(List.of("77"), rows("RETURN addDefault(30)"));
        assertEquals(List.of("6"), rows("RETURN ADDDEFAULT(1, 2, 3)"));
    }

    @Test
    void macrosNestAndTakeNodesCaseAndProperties() {
        rows("CREATE MACRO add7(a) AS a + 7");
        rows("CREATE MACRO twice(a) AS add7(a) * 2");
        rows("CREATE MACRO prop(n) AS n.age");
        rows("CREATE MACRO older(x) AS CASE x WHEN 35 THEN x + 1 ELSE x - 5 END");
        assertEquals(List.of("74|30|25", "84|35|36"),
                rows("MATCH (p:person) RETURN twice(p.age), prop(p), older(p.age) ORDER BY p.id"));
    }

    @Test
    void parenthesesOfTheBodySurviveItsPrintedForm() {
        rows("CREATE MACRO m(a, b) AS (a + b) * -(a - b)");
        assertEquals(List.of("M|CREATE MACRO `M` (a,b) AS (a + b) * -(a - b);"), rows("CALL show_macros() RETURN *"));
        assertEquals(List.of("-10"), rows("RETURN m(2, 3) * -2"));
    }

    @Test
    void showMacrosPrintsEachDefinitionAsKuzuDoes() {
        assertEquals(List.of(), rows("CALL show_macros() RETURN *"));
        rows("CREATE MACRO add(a,b) AS (a+b)");
        rows("CREATE MACRO addWithDefault(a,b:=3) AS a + b");
        rows("CREATE MACRO str() AS 'it\\'s'");
        assertEquals(List.of("ADD|CREATE MACRO `ADD` (a,b) AS a + b;",
                        "ADDWITHDEFAULT|CREATE MACRO `ADDWITHDEFAULT` (a,b:=3) AS a + b;",
                        "STR|CREATE MACRO `STR` () AS 'it\\'s';"),
                rows("CALL show_macros() RETURN * ORDER BY name"));
    }

    @Test
    void errorsNameTheMacro() {
        rows("CREATE MACRO add5(x, y := 1) AS x + 5");
        assertEquals("Binder exception: Invalid number of arguments for macro ADD5.", error("RETURN add5(1, 2, 3)"));
        assertEquals("Binder exception: Invalid number of arguments for macro ADD5.", error("RETURN add5()"));
        assertEquals("Binder exception: Macro ADD5 already exists.", error("CREATE MACRO Add5(a) AS a"));
        assertEquals("Catalog exception: function NOPE does not exist.", error("RETURN nope(1)"));
        assertEquals("Binder exception: Macro add2 does not exist.", error("DROP MACRO add2"));
        assertEquals(List.of("Macro add2 does not exist."), rows("DROP MACRO IF EXISTS add2"));
    }

    @Test
    void dropAndRollbackRemoveTheMacro() {
        rows("CREATE MACRO one() AS 1");
        assertEquals(List.of("Macro one has been dropped."), rows("DROP MACRO one"));
        assertEquals("Catalog exception: function ONE does not exist.", error("RETURN one()"));
        session.beginTransaction(false);
        rows("CREATE MACRO two() AS 2");
        assertEquals(List.of("2"), rows("RETURN two()"));
        session.rollback();
        assertEquals("Catalog exception: function TWO does not exist.", error("RETURN two()"));
    }
}
