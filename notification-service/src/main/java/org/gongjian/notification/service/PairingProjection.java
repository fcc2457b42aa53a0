package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingSnapshot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps each pairing's title, lead side and members, newest version wins. */
@ApplicationScoped
public class PairingProjection {

    private final EntityManager entityManager;

    PairingProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PairingSnapshot pairing) {
        entityManager.createNativeQuery("""
                INSERT INTO pairing (id, district, title, lead_id, member_ids, status, version)
                VALUES (:id, :district, :title, :lead, :members, :status, :version)
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, title = EXCLUDED.title,
                    lead_id = EXCLUDED.lead_id, member_ids = EXCLUDED.member_ids, status = EXCLUDED.status,
                    version = EXCLUDED.version
                WHERE pairing.version < EXCLUDED.version""")
                .setParameter("id", pairing.id())
                .setParameter("district", pairing.district())
                .setParameter("title", pairing.title())
                .setParameter("lead", pairing.leadId())
                .setParameter("members", Ids.join(pairing.memberIds()))
                .setParameter("status", pairing.status().name())
                .setParameter("version", pairing.version())
                .executeUpdate();
    }

    /** The lead side and title of a pairing, when it is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Known> find(UUID pairingId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT lead_id, title FROM pairing WHERE id = :id", Object[].class)
                .setParameter("id", pairingId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Known((UUID) row[0], (String) row[1]));
    }

    public record Known(UUID leadId, String title) {
    }
}
