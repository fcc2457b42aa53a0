package org.gongjian.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The JSON body of a webhook request: which event, what it is about, and the notice (or test) in zh-CN. */
@ApplicationScoped
public class WebhookPayloads {

    private static final Texts TEXTS = Texts.of("notification");

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
        return json(body);
    }

    /** A test delivery: the shape of a notice's, of type {@code WEBHOOK_TEST}, about the endpoint itself. */
    public String test(UUID eventId, WebhookService.TestTarget target, OffsetDateTime now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("type", "WEBHOOK_TEST");
        body.put("district", target.district());
        body.put("organizationId", target.organizationId());
        body.put("subject", Map.of("type", "webhook", "id", target.endpointId()));
        body.put("title", TEXTS.pattern(Languages.DEFAULT, "webhook-test.title"));
        body.put("body", TEXTS.pattern(Languages.DEFAULT, "webhook-test.body"));
        body.put("receiptRequired", false);
        body.put("createdAt", now);
        return json(body);
    }

    private static String json(Map<String, Object> body) {
        try {
            return OrganizationProjection.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
