package org.gongjian.events.cadence;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/**
 * An event about a pairing's cadence compliance, published by activity-service on {@link Topics#CADENCE},
 * keyed by the pairing id.
 */
public sealed interface CadenceEvent extends GongjianEvent permits CadenceAtRisk, CadenceMissed {

    String AGGREGATE_TYPE = "cadence";

    /** The pairing's standing in the period. */
    CadencePeriodSnapshot period();

    @Override
    default String topic() {
        return Topics.CADENCE;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String subject() {
        return period().pairingId().toString();
    }

    @Override
    default String district() {
        return period().district();
    }
}
