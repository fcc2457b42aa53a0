package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.demand.DemandEvent;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.messaging.ProjectionRow;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Keeps each demand's title, status and due date for the daily digest, newest version wins; {@code raised_at} is when
 * this service learnt it was raised (the digest's "new demands"), set once.
 */
@ApplicationScoped
public class DemandProjection {

    private final EntityManager entityManager;
    private final Clock clock;

    DemandProjection(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DemandEvent event) {
        DemandSnapshot demand = event.demand();
        ProjectionRow.into("demand").key("id", demand.id())
                .set("district", demand.district())
                .set("pairing_id", demand.pairingId())
                .set("title", demand.title())
                .set("status", demand.status().name())
                .set("due_on", demand.dueOn())
                .setOnce("raised_at", event instanceof DemandRaised ? OffsetDateTime.now(clock) : null)
                .upsert(entityManager, demand.version());
    }
}
