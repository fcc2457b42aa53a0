package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps a consumer's record out of the dead-letter queue while its database is away. Work that fails while the
 * database does not answer waits until it answers again (for up to ten minutes) and runs once more, so a consumer
 * waits out a PostgreSQL restart holding its partition; work that fails while the database answers is tried three
 * times a second apart (a restart may have ended just before the check) and then fails as before, unless its failure
 * is the database out of reach ({@link org.gongjian.rest.DatabaseOutage}: a connection the restart broke), which is
 * tried again, a second apart, within the ten minutes. An unreadable record fails at once. The loop is
 * {@link DatabaseRetry}'s; this class gives it the probe and the pauses.
 */
@ApplicationScoped
public class DatabaseAvailability {

    static final int ATTEMPTS_WHILE_ANSWERING = 3;
    static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final DatabaseRetry retry;

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

    DatabaseAvailability(DatabaseRetry.Probe probe, DatabaseRetry.Pause pause, Duration patience) {
        this.retry = DatabaseRetry.steady(PAUSE, patience).waitingFor(probe, ATTEMPTS_WHILE_ANSWERING).pausingWith(pause);
    }

    /** Runs {@code work} as described above; {@code what} names it in the log. */
    public <T> T retrying(String what, Supplier<T> work) {
        return retry.run(what, work);
    }
}
