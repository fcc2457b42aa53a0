package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.messaging.ProjectionRow;

/** Keeps each pairing's members, cadence and term from pairing-service's events, newest version wins. */
@ApplicationScoped
public class PairingProjection {

    private final EntityManager entityManager;

    PairingProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void apply(PairingSnapshot pairing) {
        ProjectionRow.into("pairing_view").key("id", pairing.id())
                .set("district", pairing.district())
                .set("title", pairing.title())
                .set("lead_id", pairing.leadId())
                .setIds("partner_ids", pairing.partnerIds())
                .set("status", pairing.status().name())
                .set("cadence_count", pairing.agreement().cadence().count())
                .set("cadence_period", pairing.agreement().cadence().period().name())
                .set("term_start", pairing.term().start())
                .set("term_end", pairing.term().end())
                .upsert(entityManager, pairing.version());
    }
}
