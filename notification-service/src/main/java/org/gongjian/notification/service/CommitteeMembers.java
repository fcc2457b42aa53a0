package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Recipient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The people of a district committee who receive the daily digest: a {@code district-admin} becomes one by saving
 * their notification preferences from an account with an e-mail address, with e-mail on; turning e-mail off ends it.
 * Their language is the one they chose there.
 */
@ApplicationScoped
public class CommitteeMembers {

    private final EntityManager entityManager;
    private final Clock clock;

    CommitteeMembers(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String district, String email, String language, boolean digest) {
        entityManager.createNativeQuery("""
                INSERT INTO committee_member (district, email, language, digest, updated_at)
                VALUES (:district, :email, :language, :digest, :now)
                ON CONFLICT (district, email) DO UPDATE SET language = EXCLUDED.language, digest = EXCLUDED.digest,
                    updated_at = EXCLUDED.updated_at""")
                .setParameter("district", district)
                .setParameter("email", email)
                .setParameter("language", language)
                .setParameter("digest", digest)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
    }

    /** Districts with at least one person who receives the digest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> districts() {
        return entityManager.createNativeQuery("SELECT DISTINCT district FROM committee_member WHERE digest ORDER BY 1",
                String.class).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recipient> receivingTheDigest(String district) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT email, language FROM committee_member WHERE district = :district AND digest ORDER BY email""",
                Object[].class).setParameter("district", district).getResultList();
        return rows.stream().map(row -> Recipient.committeeMember(district, (String) row[0], (String) row[1])).toList();
    }
}
