package org.gongjian.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice in one recipient's inbox. Rows are written by {@code NoticeWriter}; people read and acknowledge them. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("notification");

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public NoticeType type;
    public String district;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "recipient_key")
    public String recipientKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role")
    public RecipientRole recipientRole;
    @Column(name = "recipient_name")
    public String recipientName;
    @Column(name = "recipient_email")
    public String recipientEmail;
    /** The contact (a person of the register) the notice is addressed to; its account reads it. */
    @Column(name = "contact_id")
    public UUID contactId;
    public String language;
    public String title;
    public String body;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "receipt_required")
    public boolean receiptRequired;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
    @Column(name = "receipt_reminded_at")
    public OffsetDateTime receiptRemindedAt;

    /** Marks the notice read; reading twice keeps the first time. */
    public void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /**
     * Acknowledges the notice (签收), which also marks it read.
     *
     * @return false when it had already been acknowledged (the first time stays)
     * @throws RuleViolation (409) when the notice asks for no receipt
     */
    public boolean acknowledge(OffsetDateTime now) {
        if (!receiptRequired) {
            throw RuleViolation.conflict(TEXTS.message("inbox.no-receipt-asked"));
        }
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        markRead(now);
        return true;
    }
}
