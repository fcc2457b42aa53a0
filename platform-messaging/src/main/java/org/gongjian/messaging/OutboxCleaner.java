package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Deletes published outbox rows and consumer bookkeeping older than the retention. Safe on several instances:
 * each deletes what is old, and a row deleted twice is deleted once.
 */
@ApplicationScoped
public class OutboxCleaner {

    private static final Logger LOG = Logger.getLogger(OutboxCleaner.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    OutboxCleaner(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clean() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        try (Connection connection = dataSource.getConnection()) {
            int outbox = delete(connection, "DELETE FROM outbox_event WHERE sent_at < ?", cutoff);
            // Consumers keep ids four times as long as the outbox keeps rows: a redelivery older than that is
            // beyond any broker retention we configure.
            int processed = delete(connection, "DELETE FROM processed_event WHERE processed_at < ?",
                    OffsetDateTime.now().minus(config.retention().multipliedBy(4)));
            LOG.debugf("Outbox retention removed %d published events and %d processed ids", outbox, processed);
        } catch (SQLException e) {
            LOG.warnf("Outbox retention failed: %s", e.getMessage());
        }
    }

    private static int delete(Connection connection, String sql, OffsetDateTime cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, cutoff);
            return statement.executeUpdate();
        }
    }
}
