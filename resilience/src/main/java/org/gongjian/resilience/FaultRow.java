package org.gongjian.resilience;

import org.gongjian.stack.Percentiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one fault did: the workload's requests and their errors, the events published and consumed meanwhile, the
 * duplicates and losses found afterwards, and how long the platform took to be quiet again after the fault ended.
 *
 * @param problems what the checks found wrong; empty when the platform lost, doubled and leaked nothing
 */
public record FaultRow(String fault, long requests, Map<Integer, Long> errorsByStatus, long published, long consumed,
                       long duplicates, long lost, Duration timeToRecover, Percentiles latencies, List<String> problems) {

    public FaultRow {
        errorsByStatus = Map.copyOf(errorsByStatus);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** {@code 503×4 401×1}, or {@code none}. */
    public String errors() {
        if (errorsByStatus.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(errorsByStatus).forEach((status, count) ->
                parts.add((status == RequestTally.NO_ANSWER ? "no answer" : status.toString()) + "×" + count));
        return String.join(" ", parts);
    }
}
