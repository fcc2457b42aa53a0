package org.gongjian.events.cadence;

import java.util.Objects;

/** A period is close to its end and fewer activities were held than the cadence requires: a warning, published at most once per pairing and period. */
public record CadenceAtRisk(CadencePeriodSnapshot period) implements CadenceEvent {

    public static final String TYPE = "cadence.at-risk.v1";

    public CadenceAtRisk {
        Objects.requireNonNull(period, "period");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
