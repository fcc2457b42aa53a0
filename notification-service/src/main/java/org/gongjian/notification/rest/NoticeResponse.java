package org.gongjian.notification.rest;

import org.gongjian.notification.domain.Notice;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice as its recipient sees it. */
public record NoticeResponse(UUID id, String type, String title, String body, OffsetDateTime createdAt,
        OffsetDateTime readAt, boolean receiptRequired, OffsetDateTime acknowledgedAt, Subject subject, String language) {

    public record Subject(String type, UUID id) {
    }

    static NoticeResponse of(Notice notice) {
        return new NoticeResponse(notice.id, notice.type.name(), notice.title, notice.body, notice.createdAt,
                notice.readAt, notice.receiptRequired, notice.acknowledgedAt,
                new Subject(notice.subjectType, notice.subjectId), notice.language);
    }
}
