package org.gongjian.events.activity;

import java.util.Objects;

/** A planned activity was cancelled; its status is {@code CANCELLED}, {@code cancellationReason} says why. */
public record ActivityCancelled(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.cancelled.v1";

    public ActivityCancelled {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
