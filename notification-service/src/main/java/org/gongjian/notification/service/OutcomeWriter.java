package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongjian.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Writes what a send did, even while the database is away for a moment. An e-mail the SMTP server took, or a request
 * the receiver acknowledged, that is not marked so stays SENDING and is sent a second time after {@code stuck-after};
 * so the write is tried again with a growing pause for at most half of {@code stuck-after}, before any other instance
 * may take the delivery. Only an instance that dies in between can still send twice.
 */
@ApplicationScoped
public class OutcomeWriter {

    private static final Logger LOG = Logger.getLogger(OutcomeWriter.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** Waits between tries; a test passes one that records instead of sleeping. */
    interface Pause {
        void of(Duration pause) throws InterruptedException;
    }

    private final Duration patience;
    private final Pause pause;

    @Inject
    OutcomeWriter(NotificationConfig config) {
        this(config.dispatch().stuckAfter().dividedBy(2), Thread::sleep);
    }

    OutcomeWriter(Duration patience, Pause pause) {
        this.patience = patience;
        this.pause = pause;
    }

    /** Runs {@code write} until it succeeds or the patience is spent; then its last failure is thrown. */
    public void write(String what, Runnable write) {
        Duration waited = Duration.ZERO;
        Duration next = FIRST_PAUSE;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (waited.plus(next).compareTo(patience) > 0) {
                    throw e;
                }
                LOG.warnf("Could not record %s, trying again in %d ms: %s", what, next.toMillis(), e.toString());
                try {
                    pause.of(next);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited = waited.plus(next);
                next = next.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next.multipliedBy(2);
            }
        }
    }
}
