package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an incoming event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivered event changes nothing and a rolled-back effect is retried.
 *
 * <pre>{@code
 * @Incoming("organizations")
 * public void on(ConsumerRecord<String, String> record) {
 *     consumer.apply("pairing.organizations", record, event -> projection.apply(event));
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;

    IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @return true when the effect ran, false for a redelivery
     */
    @Transactional
    public boolean apply(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!firstDelivery(consumer, event.id())) {
            LOG.debugf("%s already applied event %s (%s)", consumer, event.id(), event.type());
            return false;
        }
        effect.accept(event);
        return true;
    }

    /** Records that {@code consumer} applies {@code eventId} now; false if it already had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }
}
