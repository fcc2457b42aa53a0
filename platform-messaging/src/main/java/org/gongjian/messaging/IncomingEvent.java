package org.gongjian.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.EventTypes;
import org.gongjian.events.GongjianEvent;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A Kafka record read as a CloudEvent: attributes from the {@code ce_} headers, the data as JSON.
 *
 * @throws PoisonEventException from {@link #of} when the record is not a readable event
 */
public record IncomingEvent(UUID id, String type, String source, String subject, String district, String topic,
        String json) {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventAttributes.HEADER_ID);
        String type = header(record, CloudEventAttributes.HEADER_TYPE);
        if (id == null || type == null || record.value() == null) {
            throw new PoisonEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no CloudEvents id, type or data");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, header(record, CloudEventAttributes.HEADER_SOURCE),
                    header(record, CloudEventAttributes.HEADER_SUBJECT), header(record, CloudEventAttributes.HEADER_DISTRICT),
                    record.topic(), record.value());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Record has a malformed CloudEvents id: " + id);
        }
    }

    /** The data as the event record of its type, or empty for a type this build does not know. */
    public Optional<GongjianEvent> event() {
        if (EventTypes.classOf(type).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventJson.read(type, json));
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has unreadable data: " + e.getMessage());
        }
    }

    /** The data as a JSON tree, for consumers of types outside the contracts. */
    public JsonNode data() {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new PoisonEventException("Event " + id + " has unreadable data: " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
