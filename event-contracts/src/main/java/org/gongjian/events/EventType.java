package org.gongjian.events;

/**
 * What the contracts say about one event type.
 *
 * @param type          the CloudEvents {@code type}, e.g. {@code pairing.activated.v1}
 * @param eventClass    the record that is its data
 * @param topic         the Kafka topic it is published on
 * @param aggregateType the aggregate it is about (the outbox's {@code aggregatetype}), e.g. {@code pairing}
 */
public record EventType(String type, Class<? extends GongjianEvent> eventClass, String topic, String aggregateType) {

    /** The classpath resource of its JSON Schema, e.g. {@code /schemas/pairing.activated.v1.json}. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }
}
