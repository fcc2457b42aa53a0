package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.messaging.ProjectionRow;

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
        ProjectionRow.into("pairing").key("id", pairing.id())
                .set("district", pairing.district())
                .set("title", pairing.title())
                .set("lead_id", pairing.leadId())
                .setIds("member_ids", pairing.memberIds())
                .set("status", pairing.status().name())
                .upsert(entityManager, pairing.version());
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
