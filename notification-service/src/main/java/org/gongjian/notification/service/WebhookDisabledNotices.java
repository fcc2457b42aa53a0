package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.WebhookEndpoint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tells an organization's secretary and liaisons that one of its webhook endpoints was disabled. */
@ApplicationScoped
public class WebhookDisabledNotices {

    private final Recipients recipients;
    private final NoticeWriter writer;

    WebhookDisabledNotices(Recipients recipients, NoticeWriter writer) {
        this.recipients = recipients;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(WebhookEndpoint endpoint) {
        UUID eventId = UUID.nameUUIDFromBytes(("webhook-disabled:" + endpoint.id + ":" + endpoint.disabledAt.toEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        writer.write(eventId, new NoticeDraft(NoticeType.WEBHOOK_DISABLED, endpoint.district, "webhook", endpoint.id,
                Map.of("url", endpoint.url, "failingSince", endpoint.failingSince, "failures", endpoint.consecutiveFailures),
                List.copyOf(recipients.ofOrganizations(List.of(endpoint.organizationId)))));
    }
}
