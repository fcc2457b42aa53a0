package org.gongjian.events.activity;

import java.util.Objects;

/** A planned activity changed its time, place, title, type or participants; its status is still {@code PLANNED}. */
public record ActivityRescheduled(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.rescheduled.v1";

    public ActivityRescheduled {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
