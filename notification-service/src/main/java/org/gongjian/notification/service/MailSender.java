package org.gongjian.notification.service;

import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Channel;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends notices' e-mails over SMTP and moves their deliveries on: SENT, RETRY with a growing delay, or DEAD. A round's
 * e-mails go out side by side over the mailer's pool of SMTP connections ({@code quarkus.mailer.max-pool-size}), and
 * the sent ones are marked with one update. A delivery is marked SENT only after the SMTP server took it, and that
 * mark outlasts a short database outage ({@link OutcomeWriter}): only an instance that dies between the two leaves it
 * SENDING, to be sent again after {@code stuck-after}; that window is the only way an e-mail goes out twice.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** How long a round waits for the SMTP server to take one e-mail. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMailer mailer;
    private final MailComposer composer;
    private final DeliveryQueue queue;
    private final NotificationMetrics metrics;
    private final NotificationConfig config;
    private final Clock clock;
    private final OutcomeWriter outcomes;

    MailSender(ReactiveMailer mailer, MailComposer composer, DeliveryQueue queue, NotificationMetrics metrics,
            NotificationConfig config, Clock clock, OutcomeWriter outcomes) {
        this.mailer = mailer;
        this.composer = composer;
        this.queue = queue;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    public void send(DeliveryQueue.Claimed delivery) {
        sendAll(List.of(delivery));
    }

    public void sendAll(List<DeliveryQueue.Claimed> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>(deliveries.size());
        for (DeliveryQueue.Claimed delivery : deliveries) {
            CompletableFuture<Void> send;
            try {
                send = mailer.send(composer.compose(delivery)).subscribeAsCompletionStage();
            } catch (RuntimeException e) {
                send = CompletableFuture.failedFuture(e);
            }
            sends.add(send);
        }
        List<UUID> sent = new ArrayList<>(deliveries.size());
        for (int i = 0; i < deliveries.size(); i++) {
            try {
                sends.get(i).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                sent.add(deliveries.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(deliveries.get(i), new IllegalStateException("interrupted"));
            } catch (ExecutionException | TimeoutException e) {
                failed(deliveries.get(i), e.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException(e.getCause() == null ? e.toString() : e.getCause().toString()));
            }
        }
        outcomes.write("e-mails the SMTP server took", () -> queue.sentAll(sent, OffsetDateTime.now(clock)));
        sent.forEach(id -> metrics.delivery(Channel.EMAIL, "sent"));
    }

    private void failed(DeliveryQueue.Claimed delivery, RuntimeException e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LOG.warnf("E-mail %s to %s failed (attempt %d): %s", delivery.id(), delivery.address(),
                delivery.attempts(), e.getMessage());
        if (delivery.attempts() >= config.dispatch().mailAttempts()) {
            outcomes.write("an e-mail given up", () -> queue.dead(delivery.id(), now, e.toString()));
            metrics.delivery(Channel.EMAIL, "dead");
        } else {
            OffsetDateTime retryAt = now.plus(config.dispatch().mailRetry()
                    .multipliedBy(1L << Math.min(delivery.attempts() - 1, 10)));
            outcomes.write("an e-mail to try again", () -> queue.retry(delivery.id(), retryAt, e.toString()));
            metrics.delivery(Channel.EMAIL, "retry");
        }
    }
}
