package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongjian.messaging.DatabaseRetry;
import org.gongjian.notification.config.NotificationConfig;

import java.time.Duration;

/**
 * Writes what a send did, even while the database is away for a moment. An e-mail the SMTP server took, or a request
 * the receiver acknowledged, that is not marked so stays SENDING and is sent a second time after {@code stuck-after};
 * so the write is tried again ({@link DatabaseRetry}) with a growing pause for at most half of {@code stuck-after},
 * before any other instance may take the delivery. Only an instance that dies in between can still send twice.
 */
@ApplicationScoped
public class OutcomeWriter {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DatabaseRetry retry;

    @Inject
    OutcomeWriter(NotificationConfig config) {
        this(config.dispatch().stuckAfter().dividedBy(2), Thread::sleep);
    }

    OutcomeWriter(Duration patience, DatabaseRetry.Pause pause) {
        this.retry = DatabaseRetry.backingOff(FIRST_PAUSE, LONGEST_PAUSE, patience).pausingWith(pause);
    }

    /** Runs {@code write} until it succeeds or the patience is spent; then its last failure is thrown. */
    public void write(String what, Runnable write) {
        retry.run("Recording " + what, () -> {
            write.run();
            return null;
        });
    }
}
