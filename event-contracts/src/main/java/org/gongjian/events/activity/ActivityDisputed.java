package org.gongjian.events.activity;

import java.util.Objects;

/**
 * The partner side disputed a held activity instead of confirming it; {@code dispute} is set and open, and the
 * activity does not count toward cadence until the committee decides.
 */
public record ActivityDisputed(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.disputed.v1";

    public ActivityDisputed {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
