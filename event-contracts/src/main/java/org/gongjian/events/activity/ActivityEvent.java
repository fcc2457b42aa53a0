package org.gongjian.events.activity;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/**
 * An event about a joint activity, published by activity-service on {@link Topics#ACTIVITY}, keyed by the
 * activity id.
 */
public sealed interface ActivityEvent extends GongjianEvent
        permits ActivityScheduled, ActivityRescheduled, ActivityCancelled, ActivityHeld, ActivityConfirmed, ActivityCorrected,
        ActivityDisputed, ActivityDisputeResolved {

    String AGGREGATE_TYPE = "activity";

    /** The activity after the change. */
    ActivitySnapshot activity();

    @Override
    default String topic() {
        return Topics.ACTIVITY;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String subject() {
        return activity().id().toString();
    }

    @Override
    default String district() {
        return activity().district();
    }
}
