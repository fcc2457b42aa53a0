package org.gongjian.events.demand;

import java.util.Objects;

/** A demand was resolved; its status is {@code RESOLVED} and {@code resolution} says how. */
public record DemandResolved(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.resolved.v1";

    public DemandResolved {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
