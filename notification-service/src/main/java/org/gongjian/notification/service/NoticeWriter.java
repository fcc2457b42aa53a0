package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Channel;
import org.gongjian.notification.domain.NotificationPreference;
import org.gongjian.notification.domain.Recipient;
import org.gongjian.notification.domain.WebhookEndpoint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the notices of an event: one inbox row per recipient, plus an e-mail delivery for those who have an address
 * and want e-mail, plus one webhook delivery per enabled endpoint of the organizations addressed. Every row is unique
 * on (event, recipient or endpoint, channel) in the database, so a redelivered event or two instances racing on the
 * same event write each of them once; only the writer that inserted a notice creates its deliveries.
 */
@ApplicationScoped
public class NoticeWriter {

    private final EntityManager entityManager;
    private final NoticeTexts texts;
    private final WebhookPayloads payloads;
    private final NotificationMetrics metrics;
    private final Clock clock;

    NoticeWriter(EntityManager entityManager, NoticeTexts texts, WebhookPayloads payloads, NotificationMetrics metrics,
            Clock clock) {
        this.entityManager = entityManager;
        this.texts = texts;
        this.payloads = payloads;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @return how many notices were new */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(UUID eventId, NoticeDraft draft) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<UUID> webhookOrganizations = new LinkedHashSet<>();
        int written = 0;
        for (Recipient recipient : draft.recipients()) {
            NoticeTexts.Text text = texts.render(draft.type(), recipient.language(), draft.data());
            UUID noticeId = insertNotice(eventId, draft, recipient, text, now);
            if (noticeId == null) {
                continue;
            }
            written++;
            metrics.noticeWritten(draft.type());
            NotificationPreference preference = NotificationPreference.findById(recipient.key());
            if (recipient.email() != null && (preference == null || preference.email)) {
                insertDelivery(eventId, noticeId, Channel.EMAIL, recipient.key(), recipient.email(), null, now);
            }
            if (recipient.organizationId() != null && (preference == null || preference.webhook)) {
                webhookOrganizations.add(recipient.organizationId());
            }
        }
        for (UUID organizationId : webhookOrganizations) {
            List<WebhookEndpoint> endpoints = WebhookEndpoint.list("organizationId = ?1 and enabled = true", organizationId);
            for (WebhookEndpoint endpoint : endpoints) {
                insertDelivery(eventId, null, Channel.WEBHOOK, endpoint.id.toString(), endpoint.url,
                        payloads.of(eventId, draft, organizationId, texts.render(draft.type(), "zh-CN", draft.data()), now),
                        now);
            }
        }
        return written;
    }

    private UUID insertNotice(UUID eventId, NoticeDraft draft, Recipient recipient, NoticeTexts.Text text,
            OffsetDateTime now) {
        List<?> inserted = entityManager.createNativeQuery("""
                INSERT INTO notice (id, event_id, type, district, organization_id, recipient_key, recipient_role,
                    recipient_name, recipient_email, language, title, body, subject_type, subject_id, receipt_required,
                    created_at, contact_id)
                VALUES (:id, :eventId, :type, :district, :organizationId, :key, :role, :name, :email, :language,
                    :title, :body, :subjectType, :subjectId, :receiptRequired, :createdAt, :contactId)
                ON CONFLICT (event_id, recipient_key) DO NOTHING
                RETURNING id""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("eventId", eventId)
                .setParameter("type", draft.type().name())
                .setParameter("district", draft.district())
                .setParameter("organizationId", recipient.organizationId())
                .setParameter("key", recipient.key())
                .setParameter("role", recipient.role().name())
                .setParameter("name", recipient.name())
                .setParameter("email", recipient.email())
                .setParameter("language", recipient.language())
                .setParameter("title", text.title())
                .setParameter("body", text.body())
                .setParameter("subjectType", draft.subjectType())
                .setParameter("subjectId", draft.subjectId())
                .setParameter("receiptRequired", draft.type().receiptRequired())
                .setParameter("createdAt", now)
                .setParameter("contactId", recipient.contactId())
                .getResultList();
        return inserted.isEmpty() ? null : (UUID) inserted.get(0);
    }

    private void insertDelivery(UUID eventId, UUID noticeId, Channel channel, String target, String address,
            String payload, OffsetDateTime now) {
        entityManager.createNativeQuery("""
                INSERT INTO delivery (id, event_id, notice_id, channel, target, address, payload, status,
                    next_attempt_at, created_at)
                VALUES (:id, :eventId, :noticeId, :channel, :target, :address, :payload, 'PENDING', :now, :now)
                ON CONFLICT (event_id, channel, target) DO NOTHING""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("eventId", eventId)
                .setParameter("noticeId", noticeId)
                .setParameter("channel", channel.name())
                .setParameter("target", target)
                .setParameter("address", address)
                .setParameter("payload", payload)
                .setParameter("now", now)
                .executeUpdate();
    }
}
