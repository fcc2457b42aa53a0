package org.gongjian.resilience;

import org.gongjian.stack.Percentiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the workload's requests got while one fault was injected: how many were sent, how many answered each status
 * (status {@code -1}: the connection failed), and how long they took. Thread-safe.
 */
public final class RequestTally {

    /** The status recorded when no gateway answered at all. */
    public static final int NO_ANSWER = -1;

    private final Map<Integer, AtomicLong> byStatus = new TreeMap<>();
    private final List<Long> millis = new ArrayList<>();
    private long sent;

    public synchronized void record(int status, long tookMillis) {
        sent++;
        byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        millis.add(tookMillis);
    }

    public synchronized long sent() {
        return sent;
    }

    /** Answers that are errors (4xx, 5xx, no answer), by status. */
    public synchronized Map<Integer, Long> errorsByStatus() {
        Map<Integer, Long> errors = new TreeMap<>();
        byStatus.forEach((status, count) -> {
            if (status >= 400 || status == NO_ANSWER) {
                errors.put(status, count.get());
            }
        });
        return errors;
    }

    /** Server errors other than the documented 503 of a service that is down, and requests nothing answered. */
    public synchronized long undocumentedFailures() {
        return errorsByStatus().entrySet().stream()
                .filter(e -> (e.getKey() >= 500 && e.getKey() != 503) || e.getKey() == NO_ANSWER)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public synchronized Percentiles latencies() {
        return Percentiles.of(millis, TimeUnit.MILLISECONDS);
    }
}
