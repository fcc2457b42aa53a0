package org.gongjian.events.cadence;

import java.util.Objects;

/** A period ended with fewer activities held than the cadence requires: the pairing is overdue. Published once per pairing and period. */
public record CadenceMissed(CadencePeriodSnapshot period) implements CadenceEvent {

    public static final String TYPE = "cadence.missed.v1";

    public CadenceMissed {
        Objects.requireNonNull(period, "period");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
