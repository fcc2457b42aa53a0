package org.gongjian.events.activity;

import java.util.Objects;

/** An activity was recorded as held, with attendance, summary and outcomes; its status is {@code HELD}, not yet confirmed. */
public record ActivityHeld(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.held.v1";

    public ActivityHeld {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
