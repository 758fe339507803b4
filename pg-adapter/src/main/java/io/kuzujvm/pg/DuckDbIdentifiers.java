package io.kuzujvm.pg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of STRUCT fields as Kùzu shows those of PostgreSQL composite types: Kùzu gets them
 * through DuckDB's type names, where a keyword or a name with other characters than
 * {@code [a-zA-Z0-9_]} is written in double quotes, and keeps the quotes
 * ({@code {revenue: 138, "location": [...]}}).
 */
final class DuckDbIdentifiers {

    private static final Set<String> KEYWORDS = readKeywords();

    private DuckDbIdentifiers() {
    }

    static String optionallyQuoted(String name) {
        return requiresQuotes(name) ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    private static boolean requiresQuotes(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!plain) {
                return true;
            }
        }
        return KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> readKeywords() {
        try (InputStream in = DuckDbIdentifiers.class.getResourceAsStream("duckdb-keywords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
