package io.kuzujvm.tck.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the connection strings of {@code ATTACH '...' (dbtype postgres)} statements at the test
 * server: host, port, user and password are replaced, everything else (dbname, options) is kept.
 */
public final class PgConnectionStrings {

    private static final Pattern ATTACH = Pattern.compile(
            "(?is)\\bATTACH\\s+(['\"])(.*?)\\1");
    private static final Pattern POSTGRES_TYPE = Pattern.compile(
            "(?is)\\bdbtype\\s*[:=]?\\s*['\"]?postgres");
    private static final List<String> REPLACED = List.of("host", "hostaddr", "port", "user",
            "password");

    private PgConnectionStrings() {}

    /** True when the query attaches a PostgreSQL database. */
    public static boolean attachesPostgres(String query) {
        return ATTACH.matcher(query).find() && POSTGRES_TYPE.matcher(query).find();
    }

    /** The query with every attached PostgreSQL connection string pointed at the server. */
    public static String rewrite(String query, String host, int port, String user,
            String password) {
        if (!attachesPostgres(query)) {
            return query;
        }
        Matcher m = ATTACH.matcher(query);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String quote = m.group(1);
            String replaced = rewriteConnectionString(m.group(2), host, port, user, password);
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    query.substring(m.start(), m.start(2)) + replaced + quote));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Rewrites one libpq keyword/value string. */
    public static String rewriteConnectionString(String connection, String host, int port,
            String user, String password) {
        List<String> kept = new ArrayList<>();
        for (String part : connection.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq).toLowerCase(Locale.ROOT);
            if (!part.isEmpty() && !REPLACED.contains(key)) {
                kept.add(part);
            }
        }
        kept.add("host=" + host);
        kept.add("port=" + port);
        kept.add("user=" + user);
        if (password != null && !password.isEmpty()) {
            kept.add("password=" + password);
        }
        return String.join(" ", kept);
    }
}
