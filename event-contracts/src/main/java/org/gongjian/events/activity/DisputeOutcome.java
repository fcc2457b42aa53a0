package org.gongjian.events.activity;

/**
 * The committee's decision on a disputed activity.
 *
 * <p>Published language: adding a value is a breaking change (see {@link ActivityType}).
 */
public enum DisputeOutcome {
    /** The dispute stands: the activity does not count. */
    UPHELD,
    /** The report stands: the activity counts as if confirmed. */
    DISMISSED
}
