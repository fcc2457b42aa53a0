package org.gongjian.resilience;

import java.util.Arrays;
import java.util.Collection;

/** Latency percentiles (nearest rank) of a set of measurements in milliseconds. */
public record Percentiles(long count, long p50, long p95, long p99, long max) {

    public static Percentiles of(Collection<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    static long rank(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    @Override
    public String toString() {
        return count == 0 ? "-" : "p50 %d / p95 %d / p99 %d / max %d ms".formatted(p50, p95, p99, max);
    }

    static String join(long[] values) {
        return Arrays.toString(values);
    }
}
