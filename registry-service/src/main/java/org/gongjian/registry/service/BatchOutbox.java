package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;
import org.gongjian.messaging.OutboxConfig;
import org.gongjian.messaging.OutboxRelay;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Appends many events to the outbox in one JDBC batch, inside the caller's transaction: the same rows as
 * {@code OutboxWriter.append} writes one statement at a time, for imports of thousands of organizations.
 * (A batch append belongs in platform-messaging; kept here until it is there.)
 */
@ApplicationScoped
public class BatchOutbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, topic, district, source, occurred_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""";

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    BatchOutbox(EntityManager entityManager, OutboxConfig config, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.config = config;
        this.relay = relay;
        this.transactions = transactions;
    }

    void appendAll(List<? extends GongjianEvent> events) {
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (GongjianEvent event : events) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, event.aggregateType());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.type());
                    insert.setString(5, EventJson.write(event));
                    insert.setString(6, event.topic());
                    insert.setString(7, event.district());
                    insert.setString(8, config.source());
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
