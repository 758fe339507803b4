package io.kuzujvm.engine.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The warnings of one database (skipped rows), listed by show_warnings(), up to Kùzu's limit. */
public final class CsvWarnings {

    public static final int DEFAULT_LIMIT = 8192;

    private static final Map<Object, CsvWarnings> BY_DATABASE = new WeakHashMap<>();

    private final List<CsvWarning> warnings = new ArrayList<>();
    private final AtomicLong queryIds = new AtomicLong();
    private int limit = DEFAULT_LIMIT;

    /** The warnings kept for a database (any object identifying it). */
    public static synchronized CsvWarnings of(Object database) {
        return BY_DATABASE.computeIfAbsent(database, d -> new CsvWarnings());
    }

    public long nextQueryId() {
        return queryIds.incrementAndGet();
    }

    public synchronized void add(CsvWarning warning) {
        if (warnings.size() < limit) {
            warnings.add(warning);
        }
    }

    public synchronized List<CsvWarning> list() {
        return List.copyOf(warnings);
    }

    public synchronized void clear() {
        warnings.clear();
    }

    public synchronized void setLimit(int limit) {
        this.limit = limit;
    }
}
