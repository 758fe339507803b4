package io.kuzujvm.planner;

import io.kuzujvm.engine.common.KuzuException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The built-in scalar functions by family, with Kùzu's results, null handling and errors. */
class ScalarFunctionsTest extends InMemorySessionTest {

    private String returnError(String expression) {
        return error("RETURN " + expression);
    }

    private String value(String expression) {
        List<String> rows = rows("RETURN " + expression);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void powerOperatorMapKeysAndRowCounts() {
        assertEquals(List.of("8.000000"), rows("RETURN 2 ^ 3"));
        assertEquals("Runtime exception: The number of rows to skip/limit must be a non-negative integer.",
                error("UNWIND [1, 2] AS x RETURN x SKIP 1.5"));
        assertEquals("Binder exception: The number of rows to skip/limit must be a parameter/literal expression.",
                error("UNWIND [1, 2] AS x RETURN x LIMIT x"));
    }

    @Test
    void indexingListsStringsAndMaps() {
        assertEquals(List.of("2|a|2|[1]"), rows("RETURN [1,2,3][2], 'abc'[1], [[1,2],[3]][1][2], map(['a'],[1])['a']"));
        assertEquals(List.of("[2,3]|[1,2]|[3,4]|[]|el"),
                rows("RETURN [1,2,3,4][2:3], [1,2,3,4][:2], [1,2,3,4][3:], [1,2,3][1:0], 'hello'[2:3]"));
    }

    @Test
    void logicalOperatorsNameTheOperandThatIsNotBoolean() {
        assertEquals("Binder exception: Expression 123.400000 has data type DOUBLE but expected BOOL. Implicit cast is"
                + " not supported.", error("RETURN true AND 123.4"));
        assertEquals("Binder exception: Expression LIST_CREATION(True) has data type BOOL[] but expected BOOL."
                + " Implicit cast is not supported.", error("RETURN [true] OR false"));
    }

    @Test
    void stringFunctions() {
        assertEquals("abc|xyz", value("concat('a', 'b', 'c'), concat('x', NULL, 'yz')"));
        assertEquals("a-b", value("concat_ws('-', 'a', NULL, 'b')"));
        assertEquals("bcd|ab|cd", value("substring('abcde', 2, 3), left('abcd', 2), right('abcd', 2)"));
        assertEquals("**ab|ab--", value("lpad('ab', 4, '*'), rpad('ab', 4, '-')"));
        assertEquals("True|True|False", value("starts_with('abc', 'ab'), ends_with('abc', 'bc'), contains('abc', 'x')"));
        assertEquals("ab|ab |cba|Hello", value("trim('  ab  '), ltrim('ab '), reverse('abc'), initcap('hELLO')"));
        assertEquals("3|b|[a,b]", value("levenshtein('kitten', 'sitting'), split_part('a,b', ',', 2), string_split('a,b', ',')"));
        assertEquals("True|a1b1|ab", value("regexp_matches('abc', 'b.'), regexp_replace('a2b2', '[0-9]', '1', 'g'), "
                + "regexp_extract('xaby', 'a.')"));
        assertEquals("", value("upper(NULL)"));
        assertThrows(KuzuException.class, () -> value("concat_ws(5)"));
    }

    @Test
    void plusJoinsStringsAndLists() {
        assertEquals("ab|[1,2,3]|", value("'a' + 'b', [1] + [2, 3], 'a' + NULL"));
        assertEquals("Binder exception: Cannot match a built-in function for given function ADD(STRING,INT64).",
                returnError("'a' + 1"));
    }

    @Test
    void numericFunctions() {
        assertEquals("0.000000|2.000000|3.000000", value("sin(0), sqrt(4.0), log10(1000)"));
        assertEquals("2|-3.000000|1.250000", value("ceil(2), floor(-2.5), round(1.249, 2)"));
        assertEquals("-1|120|4|12", value("sign(-3), factorial(5), gcd(8, 12), lcm(4, 6)"));
        assertEquals("8.000000|4.000000", value("pow(2, 3), even(2.5)"));
    }

    @Test
    void listFunctions() {
        assertEquals("[1,2,3]|[0,1]|[1,2]", value("list_concat([1], [2, 3]), list_prepend([1], 0), list_append([1], 2)"));
        assertEquals("8|[2,8]|c", value("list_extract([5, 2, 8], -1), list_slice([5, 2, 8], 2, 3), array_extract('abc', 3)"));
        assertEquals("True|2|[3,2,1]", value("list_contains([1, 2], 2), list_position([1, 2], 2), list_reverse([1, 2, 3])"));
        assertEquals("[,1,2,3]|[3,2,1,]", value("list_sort([2, NULL, 3, 1]), list_sort([2, 3, NULL, 1], 'DESC', 'NULLS LAST')"));
        assertEquals("[1,2]|2|6|24", value("list_distinct([1, 1, 2, NULL]), list_unique([1, 1, 2]), list_sum([1, 2, 3]), "
                + "list_product([2, 3, 4])"));
        assertEquals("[1,2,3]|[5,3,1]|3|1-2", value("range(1, 3), range(5, 0, -2), size([1, 2, 3]), list_to_string('-', [1, 2])"));
        assertEquals("Runtime exception: list_extract(list, index): index=4 is out of range.",
                returnError("list_extract([5, 2, 8], 4)"));
    }

    @Test
    void conversionAndNullFunctions() {
        assertEquals("3|5|12", value("cast(3.2 AS INT64), cast('5', 'INT32'), to_int16('12')"));
        assertEquals("INT64|STRING[]", value("typeof(1), typeof(['a'])"));
        assertEquals("2|3|", value("coalesce(NULL, 2, 3), ifnull(NULL, 3), nullif(1, 1)"));
        assertEquals("2024|2024-03-01|Friday", value("date_part('year', date('2024-03-15')), "
                + "date_trunc('month', date('2024-03-15')), dayname(date('2024-03-15'))"));
    }

    @Test
    void stringsAddAndCompareWithOtherTypes() {
        assertEquals("ab|True|True|False", value("'a' + 'b', 3 = '3', date('2020-01-02') > '2020-01-01', 1.5 < '1'"));
        assertEquals("Conversion exception: Cast failed. Could not convert \"x\" to INT64.", returnError("3 = 'x'"));
    }

    @Test
    void floatLiteralsHoldFloatPrecision() {
        assertEquals("19.200001", value("CAST(19.2 AS FLOAT)"));
    }

    @Test
    void mapFunctions() {
        assertEquals("{a=4, c=3}|[3]|[]|[a,c]|[4,3]|2", value("map(['a', 'c'], [4, 3]), map_extract(map(['a', 'c'], [4, 3]), 'c'),"
                + " element_at(map(['a'], [4]), 'x'), map_keys(map(['a', 'c'], [4, 3])), map_values(map(['a', 'c'], [4, 3])),"
                + " cardinality(map([1, 2], [3, 4]))"));
        assertEquals("Runtime exception: Found duplicate key: 1 in map.", returnError("map([1, 1], [3, 4])"));
    }

    @Test
    void bitOperators() {
        assertEquals("2|12|2|True", value("6 & 3, 3 << 2, 9 >> 2, 1 + 1 & 3 = 2"));
    }
}
