package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Sends due deliveries: e-mails over SMTP, webhook requests over HTTP. Safe to run on several instances. */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final NotificationConfig config;
    private final Clock clock;

    DeliveryDispatcher(DeliveryQueue queue, MailSender mail, WebhookSender webhooks, NotificationConfig config,
            Clock clock) {
        this.queue = queue;
        this.mail = mail;
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gongjian.notification.dispatch.interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int sent;
            do {
                sent = dispatchOnce();
            } while (sent == config.dispatch().batchSize());
        } catch (RuntimeException e) {
            LOG.warn("Dispatching deliveries failed; trying again on the next tick", e);
        }
    }

    /** @return how many deliveries were taken */
    @WithSpan
    public int dispatchOnce() {
        var claimed = queue.claim(config.dispatch().batchSize(), OffsetDateTime.now(clock));
        for (DeliveryQueue.Claimed delivery : claimed) {
            switch (delivery.channel()) {
                case EMAIL -> mail.send(delivery);
                case WEBHOOK -> webhooks.send(delivery);
            }
        }
        return claimed.size();
    }
}
