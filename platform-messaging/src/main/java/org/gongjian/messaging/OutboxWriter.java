package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records events in the outbox, inside the business transaction that caused them: the change and its events
 * commit together or not at all. The relay publishes the rows after commit.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, topic, district, source, occurred_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""";

    private final EntityManager entityManager;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final OutboxConfig config;

    OutboxWriter(EntityManager entityManager, AfterCommit afterCommit, OutboxRelay relay, OutboxConfig config) {
        this.entityManager = entityManager;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.config = config;
    }

    /**
     * @return the CloudEvents id of the recorded event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(GongjianEvent event) {
        return appendAll(List.of(event)).getFirst();
    }

    /**
     * Records many events in one JDBC batch, e.g. the thousands of an import.
     *
     * @return the CloudEvents ids, in the order of the events
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<? extends GongjianEvent> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (GongjianEvent event : events) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, event.aggregateType());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.type());
                    insert.setString(5, EventJson.write(event));
                    insert.setString(6, event.topic());
                    insert.setString(7, event.district());
                    insert.setString(8, config.source());
                    insert.setObject(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        afterCommit.once(OutboxWriter.class, relay::wake);
        return ids;
    }
}
