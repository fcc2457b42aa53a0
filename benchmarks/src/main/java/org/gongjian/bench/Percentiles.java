package org.gongjian.bench;

import java.util.Arrays;

/**
 * Latencies (in nanoseconds) of one measure, and their percentiles by the nearest-rank method: the p-th percentile
 * of n sorted samples is the sample at rank ceil(p / 100 * n), so p50 of {1, 2, 3, 4} is 2 and p99 of 100 samples
 * is the 99th.
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(long[] nanos) {
        long[] copy = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile in nanoseconds; {@code p} in (0, 100]. */
    public long nanos(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double millis(double p) {
        return nanos(p) / 1e6;
    }

    public long max() {
        return nanos(100);
    }
}
