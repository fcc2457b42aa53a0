package org.gongjian.events;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 attributes plus {@code district}, around the data of one event.
 *
 * @param <T> the data: an event record, or a JSON tree for consumers that read it generically
 */
public record EventEnvelope<T>(UUID id, String source, String type, String subject, OffsetDateTime time,
        String district, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
    }

    public <U> EventEnvelope<U> withData(U newData) {
        return new EventEnvelope<>(id, source, type, subject, time, district, newData);
    }
}
