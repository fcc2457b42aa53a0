package org.gongjian.events.activity;

import java.util.Objects;

/** A joint activity was scheduled; its status is {@code PLANNED}. */
public record ActivityScheduled(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.scheduled.v1";

    public ActivityScheduled {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
