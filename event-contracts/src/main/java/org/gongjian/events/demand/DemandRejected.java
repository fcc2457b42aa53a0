package org.gongjian.events.demand;

import java.util.Objects;

/** A demand was rejected; its status is {@code REJECTED} and {@code resolution} says why. */
public record DemandRejected(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.rejected.v1";

    public DemandRejected {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
