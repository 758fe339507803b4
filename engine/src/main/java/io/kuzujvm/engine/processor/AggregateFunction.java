package io.kuzujvm.engine.processor;

/** The aggregate functions the hash aggregate computes. */
public enum AggregateFunction {
    COUNT_STAR, COUNT, SUM, MIN, MAX, AVG, COLLECT;

    /** A fresh running state for one group; a DISTINCT aggregate sees each value once. */
    Accumulator newAccumulator(boolean distinct) {
        return new Accumulator(this, distinct ? new java.util.HashSet<>() : null);
    }

    /** Running state of one aggregate in one group; nulls are ignored except by COUNT_STAR. */
    static final class Accumulator {
        private final AggregateFunction function;
        private long count;
        private double doubleSum;
        private long longSum;
        private boolean integral = true;
        private Object extreme;
        private java.util.List<Object> collected;
        private final java.util.Set<Object> seen;

        private Accumulator(AggregateFunction function, java.util.Set<Object> seen) {
            this.function = function;
            this.seen = seen;
        }

        /** COUNT(*) over {@code rows} more rows. */
        void addCount(long rows) {
            count += rows;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void add(Object value) {
            if (function == COUNT_STAR) {
                count++;
                return;
            }
            if (value == null || (seen != null && !seen.add(value))) {
                return;
            }
            count++;
            switch (function) {
                case SUM, AVG -> {
                    Number number = (Number) value;
                    if (value instanceof Long && integral) {
                        longSum = Math.addExact(longSum, number.longValue());
                    } else {
                        integral = false;
                    }
                    doubleSum += number.doubleValue();
                }
                case COLLECT -> {
                    if (collected == null) {
                        collected = new java.util.ArrayList<>();
                    }
                    collected.add(value);
                }
                case MIN -> {
                    if (extreme == null || ((Comparable) value).compareTo(extreme) < 0) {
                        extreme = value;
                    }
                }
                case MAX -> {
                    if (extreme == null || ((Comparable) value).compareTo(extreme) > 0) {
                        extreme = value;
                    }
                }
                default -> { }
            }
        }

        Object result() {
            return switch (function) {
                case COUNT_STAR, COUNT -> count;
                case SUM -> count == 0 ? null : integral ? (Object) longSum : (Object) doubleSum;
                case AVG -> count == 0 ? null : doubleSum / count;
                case MIN, MAX -> extreme;
                case COLLECT -> collected == null ? java.util.List.of() : java.util.List.copyOf(collected);
            };
        }
    }
}
