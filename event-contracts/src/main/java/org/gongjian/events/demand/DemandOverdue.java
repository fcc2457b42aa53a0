package org.gongjian.events.demand;

import java.util.Objects;

/**
 * A demand's due date passed while it was still unanswered ({@code OPEN} or {@code ACCEPTED}); published once per
 * demand by pairing-service's due-date job, so that the lead side and the committee are told.
 */
public record DemandOverdue(DemandSnapshot demand) implements DemandEvent {

    public static final String TYPE = "demand.overdue.v1";

    public DemandOverdue {
        Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
