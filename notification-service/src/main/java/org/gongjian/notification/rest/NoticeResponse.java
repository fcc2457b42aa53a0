package org.gongjian.notification.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice as its recipient sees it. */
public record NoticeResponse(UUID id, String type, String title, String body, OffsetDateTime createdAt,
        OffsetDateTime readAt, boolean receiptRequired, OffsetDateTime acknowledgedAt, Subject subject, String language) {

    public record Subject(String type, UUID id) {
    }
}
