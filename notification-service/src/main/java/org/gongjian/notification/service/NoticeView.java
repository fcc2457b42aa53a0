package org.gongjian.notification.service;

import org.gongjian.notification.domain.Notice;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.RecipientRole;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice as read: its text, what it is about, whom it went to, and whether it was read and acknowledged. */
public record NoticeView(UUID id, NoticeType type, String title, String body, String language, String subjectType,
        UUID subjectId, UUID organizationId, RecipientRole recipientRole, String recipientName, boolean receiptRequired,
        OffsetDateTime createdAt, OffsetDateTime readAt, OffsetDateTime acknowledgedAt) {

    static NoticeView of(Notice notice) {
        return new NoticeView(notice.id, notice.type, notice.title, notice.body, notice.language, notice.subjectType,
                notice.subjectId, notice.organizationId, notice.recipientRole, notice.recipientName,
                notice.receiptRequired, notice.createdAt, notice.readAt, notice.acknowledgedAt);
    }
}
