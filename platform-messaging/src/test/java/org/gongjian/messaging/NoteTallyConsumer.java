package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** A consumer of the test application: counts how often each note's events took effect. */
@ApplicationScoped
class NoteTallyConsumer {

    private final IdempotentConsumer consumer;
    private final EntityManager entityManager;

    NoteTallyConsumer(IdempotentConsumer consumer, EntityManager entityManager) {
        this.consumer = consumer;
        this.entityManager = entityManager;
    }

    @Incoming("notes")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        consumer.apply("test.note-tally", record, event -> tally(UUID.fromString(event.data().get("id").asText())));
    }

    private void tally(UUID noteId) {
        entityManager.createNativeQuery("""
                INSERT INTO note_tally (note_id, applied) VALUES (:id, 1)
                ON CONFLICT (note_id) DO UPDATE SET applied = note_tally.applied + 1""")
                .setParameter("id", noteId)
                .executeUpdate();
    }
}
