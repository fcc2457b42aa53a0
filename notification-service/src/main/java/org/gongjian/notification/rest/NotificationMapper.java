package org.gongjian.notification.rest;

import org.gongjian.notification.rest.PreferenceResource.PreferenceResponse;
import org.gongjian.notification.rest.ReceiptResource.ReceiptResponse;
import org.gongjian.notification.rest.WebhookResource.AttemptResponse;
import org.gongjian.notification.rest.WebhookResource.WebhookResponse;
import org.gongjian.notification.service.NoticeView;
import org.gongjian.notification.service.PreferenceView;
import org.gongjian.notification.service.ReceiptService;
import org.gongjian.notification.service.WebhookAttempt;
import org.gongjian.notification.service.WebhookEndpointView;

/** The service's views to responses, explicitly. */
final class NotificationMapper {

    private NotificationMapper() {
    }

    static NoticeResponse notice(NoticeView notice) {
        return new NoticeResponse(notice.id(), notice.type().name(), notice.title(), notice.body(), notice.createdAt(),
                notice.readAt(), notice.receiptRequired(), notice.acknowledgedAt(),
                new NoticeResponse.Subject(notice.subjectType(), notice.subjectId()), notice.language());
    }

    static ReceiptResponse receipt(ReceiptService.ReceiptView receipt) {
        NoticeView notice = receipt.notice();
        boolean pending = notice.acknowledgedAt() == null;
        return new ReceiptResponse(notice.id(), notice.type().name(), notice.subjectId(), notice.title(),
                notice.organizationId(), notice.recipientRole().name(), notice.recipientName(), notice.createdAt(),
                notice.acknowledgedAt(), pending ? "PENDING" : "ACKNOWLEDGED", receipt.overdue());
    }

    /** The secret only in the answer to the registration. */
    static WebhookResponse webhook(WebhookEndpointView endpoint, boolean withSecret) {
        return new WebhookResponse(endpoint.id(), endpoint.organizationId(), endpoint.url(), endpoint.description(),
                endpoint.enabled(), endpoint.consecutiveFailures(), endpoint.disabledAt(), endpoint.createdAt(),
                withSecret ? endpoint.secret() : null);
    }

    static AttemptResponse attempt(WebhookAttempt attempt) {
        return new AttemptResponse(attempt.id(), attempt.deliveryId(), attempt.eventId(), attempt.attemptedAt(),
                attempt.statusCode(), attempt.error(), attempt.durationMs(), attempt.succeeded(), attempt.test());
    }

    /** The inbox is always on. */
    static PreferenceResponse preference(PreferenceView preference) {
        return new PreferenceResponse(true, preference.email(), preference.webhook(), preference.language());
    }
}
