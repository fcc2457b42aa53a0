package org.gongjian.events;

/** Kafka topic names, one per aggregate. Records are keyed by the aggregate id. */
public final class Topics {

    public static final String ORGANIZATION = "gongjian.registry.organization";
    public static final String PAIRING = "gongjian.pairing.pairing";
    public static final String DEMAND = "gongjian.pairing.demand";
    public static final String ACTIVITY = "gongjian.activity.activity";
    public static final String CADENCE = "gongjian.activity.cadence";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Where records that a consumer cannot process go, so that the rest keep flowing. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
