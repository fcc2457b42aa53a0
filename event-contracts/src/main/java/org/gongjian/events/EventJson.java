package org.gongjian.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes event data (the CloudEvents {@code data}, the Kafka record value) as UTF-8 JSON.
 *
 * <p>The settings, which producers and consumers must share:
 * <ul>
 *   <li>dates ({@code LocalDate}) as {@code "2025-06-01"}, instants ({@code OffsetDateTime}) as ISO-8601 with
 *       their offset, {@code "2025-06-01T09:30:00+08:00"}; the offset is kept when reading, not moved to UTC;</li>
 *   <li>unknown properties are ignored, so that a consumer keeps working when a producer adds a field
 *       (additive change within a version);</li>
 *   <li>an unknown enum value fails the read: a new enum value is a breaking change, a new type version;</li>
 *   <li>{@code null} is written, not left out: a snapshot states every field, and {@code "parentId": null}
 *       says "none", while a missing field says "this producer does not know the field yet" (read as null);</li>
 *   <li>non-ASCII text (Chinese names) is written as is, in UTF-8, never as Unicode escapes.</li>
 * </ul>
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newObjectMapper();

    private EventJson() {
    }

    /** A new mapper with the event settings, for code that needs its own (e.g. to read into a JSON tree). */
    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder().build());
    }

    /**
     * Applies the event settings to an existing mapper, e.g. a service's own, and returns it. Prefer a
     * separate mapper for events where the service's REST settings differ.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
    }

    /**
     * Reads the data of an event of the given type.
     *
     * @throws UnknownEventTypeException when these contracts do not define the type
     * @throws UncheckedIOException      when the JSON is malformed or does not fit the type (a missing
     *                                   mandatory field, an unknown enum value, a negative count)
     */
    public static GongjianEvent read(String type, String json) {
        Class<? extends GongjianEvent> eventClass = EventTypes.require(type).eventClass();
        try {
            return MAPPER.readValue(json, eventClass);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the data of an event of the given type from a Kafka record value (UTF-8). */
    public static GongjianEvent read(String type, byte[] json) {
        Class<? extends GongjianEvent> eventClass = EventTypes.require(type).eventClass();
        try {
            return MAPPER.readValue(json, eventClass);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type + ": " + e.getMessage(), e);
        }
    }

    /** Reads the data of an event whose class the caller already knows. */
    public static <T extends GongjianEvent> T read(Class<T> eventClass, String json) {
        try {
            return MAPPER.readValue(json, eventClass);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + eventClass.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The event's data as JSON text, e.g. for the outbox's {@code payload} column. */
    public static String write(GongjianEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + event.type(), e);
        }
    }

    /** The event's data as UTF-8 bytes, e.g. for a Kafka record value. */
    public static byte[] writeBytes(GongjianEvent event) {
        return write(event).getBytes(StandardCharsets.UTF_8);
    }
}
