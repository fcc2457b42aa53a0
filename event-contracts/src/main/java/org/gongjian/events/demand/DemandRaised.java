package org.gongjian.events.demand;

import java.util.Objects;

/** A member of a pairing raised a demand; its status is {@code OPEN}. */
public record DemandRaised(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.raised.v1";

    public DemandRaised {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
