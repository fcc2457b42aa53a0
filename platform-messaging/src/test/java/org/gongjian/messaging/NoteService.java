package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** A use case of the test application: a state change and its event, in one transaction. */
@ApplicationScoped
class NoteService {

    private final EntityManager entityManager;
    private final OutboxWriter outbox;

    NoteService(EntityManager entityManager, OutboxWriter outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    void write(UUID id, String text, int sequence, boolean failAfterWriting) {
        entityManager.createNativeQuery("""
                INSERT INTO note (id, district, text) VALUES (:id, 'xiangtan-htz', :text)
                ON CONFLICT (id) DO UPDATE SET text = EXCLUDED.text""")
                .setParameter("id", id)
                .setParameter("text", text)
                .executeUpdate();
        outbox.append(new NoteWritten(id, "xiangtan-htz", text, sequence));
        if (failAfterWriting) {
            throw new IllegalStateException("the use case failed after writing");
        }
    }
}
