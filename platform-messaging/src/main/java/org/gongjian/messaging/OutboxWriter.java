package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the outbox, inside the business transaction that caused it: the change and its
 * event commit together or not at all. The relay publishes the row after commit.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Object WAKE_REGISTERED = OutboxWriter.class;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final OutboxConfig config;

    OutboxWriter(EntityManager entityManager, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            OutboxConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
    }

    /**
     * @return the CloudEvents id of the recorded event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(GongjianEvent event) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, topic, district, source, occurred_at)
                VALUES (:id, :aggregateType, :aggregateId, :type, CAST(:payload AS jsonb), :topic, :district, :source, :occurredAt)
                """)
                .setParameter("id", id)
                .setParameter("aggregateType", event.aggregateType())
                .setParameter("aggregateId", event.subject())
                .setParameter("type", event.type())
                .setParameter("payload", EventJson.write(event))
                .setParameter("topic", event.topic())
                .setParameter("district", event.district())
                .setParameter("source", config.source())
                .setParameter("occurredAt", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
