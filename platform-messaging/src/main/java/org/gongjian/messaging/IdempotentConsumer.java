package org.gongjian.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.GongjianEvent;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies an incoming event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivered event changes nothing and a rolled-back effect is retried. While the database is away
 * (a restart), the record waits for it rather than going to the dead-letter queue ({@link DatabaseAvailability}).
 *
 * <p>A consumer subscribes to one event type of a topic; records of other types are recorded and skipped:
 * <pre>{@code
 * @Incoming("organizations")
 * @Blocking
 * public void on(ConsumerRecord<String, String> record) {
 *     consumer.apply("pairing.organizations", record, OrganizationEvent.class, projection::apply);
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final DatabaseAvailability database;

    IdempotentConsumer(EntityManager entityManager, DatabaseAvailability database) {
        this.entityManager = entityManager;
        this.database = database;
    }

    /**
     * Runs {@code effect} for an event of {@code type}; an event of another type, or of a type this build does not
     * know, is recorded as applied and changes nothing.
     *
     * @return true when the effect ran, false for a redelivery or another type
     */
    public <E extends GongjianEvent> boolean apply(String consumer, ConsumerRecord<String, String> record, Class<E> type,
            Consumer<? super E> effect) {
        return apply(consumer, record, type, (eventId, event) -> effect.accept(event));
    }

    /** As {@link #apply(String, ConsumerRecord, Class, Consumer)}, for an effect that keeps the event's id. */
    public <E extends GongjianEvent> boolean apply(String consumer, ConsumerRecord<String, String> record, Class<E> type,
            BiConsumer<UUID, ? super E> effect) {
        return inTransaction(consumer, record, () -> {
            boolean[] ran = {false};
            applyOnce(consumer, record, incoming -> incoming.event().filter(type::isInstance).map(type::cast)
                    .ifPresent(event -> {
                        effect.accept(incoming.id(), event);
                        ran[0] = true;
                    }));
            return ran[0];
        });
    }

    /**
     * Runs {@code effect} for any readable record: for data outside the event contracts ({@link IncomingEvent#data()}).
     *
     * @return true when the effect ran, false for a redelivery
     */
    public boolean apply(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        return inTransaction(consumer, record, () -> applyOnce(consumer, record, effect));
    }

    /**
     * One transaction per try, waiting out a database restart ({@link DatabaseAvailability}); inside a transaction the
     * caller already opened, one try in it.
     */
    private boolean inTransaction(String consumer, ConsumerRecord<String, String> record, Supplier<Boolean> work) {
        if (QuarkusTransaction.isActive()) {
            return work.get();
        }
        return database.retrying(consumer + " applying " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    private boolean applyOnce(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
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
