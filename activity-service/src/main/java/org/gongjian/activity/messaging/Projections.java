package org.gongjian.activity.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.pairing.PairingSnapshot;

/**
 * Upserts of the local projections. Version-guarded: a row is only replaced by a newer version, so a stale or
 * reordered event never overwrites what a later one wrote.
 */
@ApplicationScoped
public class Projections {

    private final EntityManager entityManager;

    Projections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pairing(PairingSnapshot p) {
        entityManager.createNativeQuery("""
                INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,
                                          term_start, term_end, version)
                VALUES (:id, :district, :title, :lead, CAST(:partners AS uuid[]), :status, :count, :period, :start, :end, :version)
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, title = EXCLUDED.title,
                    lead_id = EXCLUDED.lead_id, partner_ids = EXCLUDED.partner_ids, status = EXCLUDED.status,
                    cadence_count = EXCLUDED.cadence_count, cadence_period = EXCLUDED.cadence_period,
                    term_start = EXCLUDED.term_start, term_end = EXCLUDED.term_end, version = EXCLUDED.version
                WHERE pairing_view.version < EXCLUDED.version""")
                .setParameter("id", p.id())
                .setParameter("district", p.district())
                .setParameter("title", p.title())
                .setParameter("lead", p.leadId())
                .setParameter("partners", "{" + String.join(",", p.partnerIds().stream().map(Object::toString).toList()) + "}")
                .setParameter("status", p.status().name())
                .setParameter("count", p.agreement().cadence().count())
                .setParameter("period", p.agreement().cadence().period().name())
                .setParameter("start", p.term().start())
                .setParameter("end", p.term().end())
                .setParameter("version", p.version())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void organization(OrganizationSnapshot o) {
        entityManager.createNativeQuery("""
                INSERT INTO organization_view (id, district, name, sector, status, version)
                VALUES (:id, :district, :name, :sector, :status, :version)
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, name = EXCLUDED.name,
                    sector = EXCLUDED.sector, status = EXCLUDED.status, version = EXCLUDED.version
                WHERE organization_view.version < EXCLUDED.version""")
                .setParameter("id", o.id())
                .setParameter("district", o.district())
                .setParameter("name", o.name())
                .setParameter("sector", o.sector().name())
                .setParameter("status", o.status().name())
                .setParameter("version", o.version())
                .executeUpdate();
    }
}
