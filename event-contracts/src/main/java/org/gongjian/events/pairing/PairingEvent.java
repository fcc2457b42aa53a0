package org.gongjian.events.pairing;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/**
 * An event about a pairing, published by pairing-service on {@link Topics#PAIRING} and keyed by the pairing
 * id: a lifecycle change, which carries the whole pairing, or an evaluation.
 */
public sealed interface PairingEvent extends GongjianEvent permits PairingLifecycleEvent, PairingEvaluated,
        PairingEvaluationRequested {

    String AGGREGATE_TYPE = "pairing";

    @Override
    default String topic() {
        return Topics.PAIRING;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }
}
