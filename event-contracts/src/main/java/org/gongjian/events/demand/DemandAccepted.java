package org.gongjian.events.demand;

import java.util.Objects;

/** The lead side accepted a demand and is working on it; its status is {@code ACCEPTED}. */
public record DemandAccepted(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.accepted.v1";

    public DemandAccepted {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
