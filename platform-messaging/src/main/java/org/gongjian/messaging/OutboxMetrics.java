package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gongjian_outbox_pending}, {@code gongjian_outbox_publish_latency_seconds} (commit to broker
 * acknowledgement), {@code gongjian_outbox_published_total} and {@code gongjian_outbox_failures_total}.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final AgroalDataSource dataSource;
    private final AtomicLong pending = new AtomicLong();
    private final Timer latency;
    private final Counter published;
    private final Counter failures;

    OutboxMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        Gauge.builder("gongjian_outbox_pending", pending, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        this.latency = Timer.builder("gongjian_outbox_publish_latency")
                .description("Time from the business commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        this.published = Counter.builder("gongjian_outbox_published").register(registry);
        this.failures = Counter.builder("gongjian_outbox_failures")
                .description("Relay cycles that could not publish everything they took")
                .register(registry);
    }

    void published(OffsetDateTime occurredAt) {
        published.increment();
        Duration age = Duration.between(occurredAt, OffsetDateTime.now());
        latency.record(age.isNegative() ? Duration.ZERO : age);
    }

    void failed() {
        failures.increment();
    }

    void refreshPending() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            result.next();
            pending.set(result.getLong(1));
        } catch (SQLException e) {
            LOG.debugf("Could not count pending outbox events: %s", e.getMessage());
        }
    }
}
