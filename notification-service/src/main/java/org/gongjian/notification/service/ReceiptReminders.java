package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Notice;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.Recipient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reminds, once, whoever has not acknowledged a pairing notice three days after it was sent. */
@ApplicationScoped
public class ReceiptReminders {

    private final NoticeWriter writer;
    private final NotificationConfig config;
    private final Clock clock;

    ReceiptReminders(NoticeWriter writer, NotificationConfig config, Clock clock) {
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gongjian.notification.reminders.interval:1m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        remindAt(clock.instant());
    }

    /** @return how many reminders were written */
    @Transactional
    @WithSpan
    public int remindAt(Instant now) {
        OffsetDateTime sentBefore = now.minus(config.receipts().remindAfter()).atOffset(ZoneOffset.UTC);
        List<Notice> pending = Notice.list("""
                receiptRequired = true and acknowledgedAt is null and receiptRemindedAt is null and createdAt <= ?1""",
                sentBefore);
        int written = 0;
        for (Notice notice : pending) {
            notice.receiptRemindedAt = now.atOffset(ZoneOffset.UTC);
            UUID eventId = UUID.nameUUIDFromBytes(("receipt-reminder:" + notice.id).getBytes(StandardCharsets.UTF_8));
            Recipient recipient = new Recipient(notice.recipientKey, notice.recipientRole, notice.district,
                    notice.organizationId, notice.recipientName, notice.recipientEmail, notice.language, notice.contactId);
            written += writer.write(eventId, new NoticeDraft(NoticeType.RECEIPT_REMINDER, notice.district,
                    notice.subjectType, notice.subjectId,
                    Map.of("title", notice.title, "sentOn", notice.createdAt.toLocalDate()), List.of(recipient)));
        }
        return written;
    }
}
