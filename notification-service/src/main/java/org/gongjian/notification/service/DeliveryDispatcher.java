package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Channel;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends due deliveries: e-mails over SMTP, webhook requests over HTTP. Woken when notices with deliveries commit, so
 * that e-mails leave within milliseconds; the schedule is the fallback (and takes retries). Safe to run on several
 * instances.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final NotificationConfig config;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryDispatcher(DeliveryQueue queue, MailSender mail, WebhookSender webhooks, NotificationConfig config,
            Clock clock) {
        this.queue = queue;
        this.mail = mail;
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
    }

    /** Dispatches soon, on a thread of its own: called when deliveries were committed. */
    void wake() {
        requested.set(true);
        if (!running.isLocked()) {
            wakeups.execute(this::tick);
        }
    }

    @Scheduled(every = "${gongjian.notification.dispatch.interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        // one round at a time in this instance; a wake-up during a round makes the round go on
        while (running.tryLock()) {
            try {
                requested.set(false);
                int taken;
                do {
                    taken = dispatchOnce();
                } while (taken == config.dispatch().batchSize() || requested.getAndSet(false));
            } catch (RuntimeException e) {
                LOG.warn("Dispatching deliveries failed; trying again on the next tick", e);
                return;
            } finally {
                running.unlock();
            }
            if (!requested.get()) {
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
    }

    /** @return how many deliveries were taken */
    @WithSpan
    public int dispatchOnce() {
        var claimed = queue.claim(config.dispatch().batchSize(), OffsetDateTime.now(clock));
        mail.sendAll(claimed.stream().filter(delivery -> delivery.channel() == Channel.EMAIL).toList());
        claimed.stream().filter(delivery -> delivery.channel() == Channel.WEBHOOK).forEach(webhooks::send);
        return claimed.size();
    }
}
