package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.demand.DemandEvent;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandSnapshot;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Keeps each demand's title, status and due date for the daily digest, newest version wins; {@code raised_at} is when
 * this service learnt it was raised (the digest's "new demands").
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
        entityManager.createNativeQuery("""
                INSERT INTO demand (id, district, pairing_id, title, status, due_on, raised_at, version)
                VALUES (:id, :district, :pairingId, :title, :status, :dueOn,
                    CASE WHEN :raised THEN CAST(:now AS timestamptz) END, :version)
                ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status,
                    due_on = EXCLUDED.due_on, raised_at = COALESCE(demand.raised_at, EXCLUDED.raised_at),
                    version = EXCLUDED.version
                WHERE demand.version < EXCLUDED.version""")
                .setParameter("id", demand.id())
                .setParameter("district", demand.district())
                .setParameter("pairingId", demand.pairingId())
                .setParameter("title", demand.title())
                .setParameter("status", demand.status().name())
                .setParameter("dueOn", demand.dueOn())
                .setParameter("raised", event instanceof DemandRaised)
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("version", demand.version())
                .executeUpdate();
    }
}
