package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps a consumer's record out of the dead-letter queue while its database is away. Work that fails while the
 * database does not answer waits until it answers again (for up to ten minutes) and runs once more, so a consumer
 * waits out a PostgreSQL restart holding its partition; work that fails while the database answers is tried three
 * times a second apart (a restart may have ended just before the check) and then fails as before. An unreadable
 * record fails at once.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);
    static final int ATTEMPTS_WHILE_ANSWERING = 3;
    static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    /** Whether the database answers now. */
    interface Probe {
        boolean answers();
    }

    /** Waits between tries; a test passes one that records instead of sleeping. */
    interface Pause {
        void of(Duration pause) throws InterruptedException;
    }

    private final Probe probe;
    private final Pause pause;
    private final Duration patience;

    @Inject
    DatabaseAvailability(AgroalDataSource dataSource) {
        this(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }, Thread::sleep, PATIENCE);
    }

    DatabaseAvailability(Probe probe, Pause pause, Duration patience) {
        this.probe = probe;
        this.pause = pause;
        this.patience = patience;
    }

    /** Runs {@code work} as described above; {@code what} names it in the log. */
    public <T> T retrying(String what, Supplier<T> work) {
        int failedWhileAnswering = 0;
        Duration waited = Duration.ZERO;
        while (true) {
            try {
                return work.get();
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (probe.answers()) {
                    if (++failedWhileAnswering >= ATTEMPTS_WHILE_ANSWERING) {
                        throw e;
                    }
                    LOG.warnf("%s failed (%s); trying again", what, e.toString());
                } else {
                    LOG.warnf("%s failed while the database does not answer (%s); waiting for it", what, e.toString());
                    while (!probe.answers()) {
                        if (waited.compareTo(patience) >= 0) {
                            throw e;
                        }
                        sleep(e);
                        waited = waited.plus(PAUSE);
                    }
                    continue;
                }
                sleep(e);
            }
        }
    }

    private void sleep(RuntimeException failure) {
        try {
            pause.of(PAUSE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
