package org.gongjian.events.demand;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/** An event about a demand, published by pairing-service on {@link Topics#DEMAND}, keyed by the demand id. */
public sealed interface DemandEvent extends GongjianEvent
        permits DemandRaised, DemandAccepted, DemandResolved, DemandRejected, DemandDueSoon,
        DemandOverdue {

    String AGGREGATE_TYPE = "demand";

    /** The demand after the change. */
    DemandSnapshot demand();

    @Override
    default String topic() {
        return Topics.DEMAND;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String subject() {
        return demand().id().toString();
    }

    @Override
    default String district() {
        return demand().district();
    }
}
