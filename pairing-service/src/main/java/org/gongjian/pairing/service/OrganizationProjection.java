package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.ProjectionRow;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Texts;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Keeps the local projection of the registry's organizations. A stale event (a version not newer than the one
 * held) changes nothing; a dissolution suspends the organization's active pairings, each with its event.
 */
@ApplicationScoped
public class OrganizationProjection {

    private static final Logger LOG = Logger.getLogger(OrganizationProjection.class);

    private final EntityManager entityManager;
    private final PairingLifecycle lifecycle;

    OrganizationProjection(EntityManager entityManager, PairingLifecycle lifecycle) {
        this.entityManager = entityManager;
        this.lifecycle = lifecycle;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void apply(OrganizationEvent event) {
        OrganizationSnapshot organization = event.organization();
        boolean changed = ProjectionRow.into("organization").key("id", organization.id())
                .set("district", organization.district())
                .set("name", organization.name())
                .set("kind", organization.kind().name())
                .set("sector", organization.sector().name())
                .set("status", organization.status().name())
                .setNow("updated_at")
                .upsert(entityManager, organization.version());
        if (!changed) {
            LOG.debugf("Ignored %s of organization %s at version %d: not newer than the projection", event.type(),
                    organization.id(), organization.version());
            return;
        }
        if (organization.status() == OrganizationStatus.DISSOLVED) {
            suspendPairingsOf(organization);
        }
    }

    private void suspendPairingsOf(OrganizationSnapshot organization) {
        String why = organization.dissolution() == null ? "" : organization.dissolution().reason();
        String reason = Texts.of("pairing").get("reason.member-dissolved", organization.name(), why);
        List<Pairing> active = Pairing.list(
                "district = ?1 and status = ?2 and (leadId = ?3 or array_contains(partnerIds, ?3)) order by id",
                organization.district(), PairingStatus.ACTIVE, organization.id());
        for (Pairing pairing : active) {
            lifecycle.suspend(pairing, reason);
        }
        if (!active.isEmpty()) {
            LOG.infof("Suspended %d pairings of dissolved organization %s", active.size(), organization.id());
        }
    }
}
