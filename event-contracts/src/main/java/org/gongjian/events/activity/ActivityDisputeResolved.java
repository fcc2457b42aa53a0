package org.gongjian.events.activity;

import java.util.Objects;

/**
 * The committee decided a dispute: {@code dispute.outcome} {@code UPHELD} (the activity no longer counts) or
 * {@code DISMISSED} (it stands and counts).
 */
public record ActivityDisputeResolved(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.dispute-resolved.v1";

    public ActivityDisputeResolved {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
