package org.gongjian.stack;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * Latencies of one measure, and their percentiles by the nearest-rank method: the p-th percentile of n sorted samples
 * is the sample at rank ceil(p / 100 * n), so p50 of {1, 2, 3, 4} is 2 and p99 of 100 samples is the 99th. Kept
 * beside the launcher because what measures the stack (benchmarks, resilience) depends on the launcher already.
 */
public final class Percentiles {

    private final long[] sorted;
    private final TimeUnit unit;

    private Percentiles(long[] sorted, TimeUnit unit) {
        this.sorted = sorted;
        this.unit = unit;
    }

    /** The samples in {@code unit}; the caller's array is not reordered. */
    public static Percentiles of(long[] samples, TimeUnit unit) {
        long[] copy = Arrays.copyOf(samples, samples.length);
        Arrays.sort(copy);
        return new Percentiles(copy, unit);
    }

    public static Percentiles of(Collection<Long> samples, TimeUnit unit) {
        return new Percentiles(samples.stream().mapToLong(Long::longValue).sorted().toArray(), unit);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile, in the samples' unit; {@code p} in (0, 100]. */
    public long at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The nearest-rank percentile in milliseconds. */
    public double millis(double p) {
        return at(p) * unit.toNanos(1) / 1e6;
    }

    public long max() {
        return at(100);
    }

    /** {@code p50 7 / p95 7 / p99 7 / max 7 ms} (whole milliseconds), or {@code -} without samples. */
    @Override
    public String toString() {
        if (sorted.length == 0) {
            return "-";
        }
        return "p50 %d / p95 %d / p99 %d / max %d ms".formatted(unit.toMillis(at(50)), unit.toMillis(at(95)),
                unit.toMillis(at(99)), unit.toMillis(max()));
    }
}
