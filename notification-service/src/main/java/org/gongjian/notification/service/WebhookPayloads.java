package org.gongjian.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The JSON body of a webhook request: which event, what it is about, and the notice in zh-CN. */
@ApplicationScoped
public class WebhookPayloads {

    public String of(UUID eventId, NoticeDraft draft, UUID organizationId, NoticeTexts.Text text, OffsetDateTime now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("type", draft.type().name());
        body.put("district", draft.district());
        body.put("organizationId", organizationId);
        body.put("subject", Map.of("type", draft.subjectType(), "id", draft.subjectId()));
        body.put("title", text.title());
        body.put("body", text.body());
        body.put("receiptRequired", draft.type().receiptRequired());
        body.put("createdAt", now);
        try {
            return OrganizationProjection.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
