package org.gongjian.events.demand;

/**
 * Where a demand is: {@code OPEN → ACCEPTED → RESOLVED}, or {@code REJECTED} (from open or accepted).
 *
 * <p>Published language: a consumer fails on a value it does not know, so adding a value is a breaking
 * change and needs new event type versions.
 */
public enum DemandStatus {
    OPEN,
    ACCEPTED,
    RESOLVED,
    REJECTED
}
