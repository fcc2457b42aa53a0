package org.gongjian.notification.service;

import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Channel;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Sends a notice's e-mail over SMTP and moves its delivery on: SENT, RETRY with a growing delay, or DEAD. */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;
    private final MailComposer composer;
    private final DeliveryQueue queue;
    private final NotificationMetrics metrics;
    private final NotificationConfig config;
    private final Clock clock;

    MailSender(Mailer mailer, MailComposer composer, DeliveryQueue queue, NotificationMetrics metrics,
            NotificationConfig config, Clock clock) {
        this.mailer = mailer;
        this.composer = composer;
        this.queue = queue;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    public void send(DeliveryQueue.Claimed delivery) {
        try {
            mailer.send(composer.compose(delivery));
            queue.sent(delivery.id(), OffsetDateTime.now(clock));
            metrics.delivery(Channel.EMAIL, "sent");
        } catch (RuntimeException e) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            LOG.warnf("E-mail %s to %s failed (attempt %d): %s", delivery.id(), delivery.address(),
                    delivery.attempts(), e.getMessage());
            if (delivery.attempts() >= config.dispatch().mailAttempts()) {
                queue.dead(delivery.id(), now, e.toString());
                metrics.delivery(Channel.EMAIL, "dead");
            } else {
                queue.retry(delivery.id(), now.plus(config.dispatch().mailRetry()
                        .multipliedBy(1L << Math.min(delivery.attempts() - 1, 10))), e.toString());
                metrics.delivery(Channel.EMAIL, "retry");
            }
        }
    }
}
