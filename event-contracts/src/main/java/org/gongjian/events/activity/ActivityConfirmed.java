package org.gongjian.events.activity;

import java.util.Objects;

/** The partner side confirmed that a held activity took place; {@code confirmedBy} and {@code confirmedAt} are set. */
public record ActivityConfirmed(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.confirmed.v1";

    public ActivityConfirmed {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
