package org.gongjian.events.activity;

/**
 * Where a joint activity is: {@code PLANNED → HELD} or {@code PLANNED → CANCELLED}. Whether a held activity
 * was confirmed by the partner side is {@code confirmedBy}, not a status.
 *
 * <p>Published language: adding a value is a breaking change (see {@link ActivityType}).
 */
public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
