package org.gongjian.events.activity;

import java.util.Objects;

/**
 * A held activity's attendance, summary or outcomes were corrected (by its reporting side before confirmation,
 * or by the committee with a reason); the snapshot carries the corrected values.
 */
public record ActivityCorrected(ActivitySnapshot activity) implements ActivityEvent {

    public static final String TYPE = "activity.corrected.v1";

    public ActivityCorrected {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
