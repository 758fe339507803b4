package io.kuzujvm.engine.types;

/** A Kùzu INTERVAL: months, days and microseconds, kept apart as Kùzu keeps them. */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {

    /** Kùzu compares intervals by their length with 30-day months and 24-hour days. */
    public long approximateMicros() {
        return (months * 30L + days) * 86_400_000_000L + micros;
    }

    @Override
    public int compareTo(Interval other) {
        return Long.compare(approximateMicros(), other.approximateMicros());
    }
}
