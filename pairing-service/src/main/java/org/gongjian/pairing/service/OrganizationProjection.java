package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.pairing.config.Texts;
import org.gongjian.pairing.domain.Pairing;
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
    public void apply(OrganizationEvent event) {
        OrganizationSnapshot organization = event.organization();
        int changed = entityManager.createNativeQuery("""
                INSERT INTO organization (id, district, name, kind, sector, status, version, updated_at)
                VALUES (:id, :district, :name, :kind, :sector, :status, :version, now())
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, name = EXCLUDED.name,
                    kind = EXCLUDED.kind, sector = EXCLUDED.sector, status = EXCLUDED.status,
                    version = EXCLUDED.version, updated_at = now()
                WHERE organization.version < EXCLUDED.version""")
                .setParameter("id", organization.id())
                .setParameter("district", organization.district())
                .setParameter("name", organization.name())
                .setParameter("kind", organization.kind().name())
                .setParameter("sector", organization.sector().name())
                .setParameter("status", organization.status().name())
                .setParameter("version", organization.version())
                .executeUpdate();
        if (changed == 0) {
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
        String reason = Texts.get("reason.member-dissolved", organization.name(), why);
        List<Pairing> active = Pairing.list(
                "district = ?1 and status = ?2 and (leadId = ?3 or ?3 member of partnerIds) order by id",
                organization.district(), PairingStatus.ACTIVE, organization.id());
        for (Pairing pairing : active) {
            lifecycle.suspend(pairing, reason);
        }
        if (!active.isEmpty()) {
            LOG.infof("Suspended %d pairings of dissolved organization %s", active.size(), organization.id());
        }
    }
}
