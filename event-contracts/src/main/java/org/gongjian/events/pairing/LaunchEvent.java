package org.gongjian.events.pairing;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/**
 * An event about a launch ceremony, published by pairing-service on {@link Topics#PAIRING} (the launch is
 * its own aggregate, keyed by the launch id).
 */
public sealed interface LaunchEvent extends GongjianEvent permits LaunchHeld {

    String AGGREGATE_TYPE = "launch";

    /** The launch. */
    LaunchSnapshot launch();

    @Override
    default String topic() {
        return Topics.PAIRING;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String subject() {
        return launch().id().toString();
    }

    @Override
    default String district() {
        return launch().district();
    }
}
