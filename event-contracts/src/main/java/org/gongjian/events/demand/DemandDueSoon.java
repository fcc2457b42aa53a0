package org.gongjian.events.demand;

import java.util.Objects;

/**
 * A demand still unanswered ({@code OPEN} or {@code ACCEPTED}) is due within two days; published once per demand by
 * pairing-service's due-date job, so that the lead side is reminded.
 */
public record DemandDueSoon(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.due-soon.v1";

    public DemandDueSoon {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
