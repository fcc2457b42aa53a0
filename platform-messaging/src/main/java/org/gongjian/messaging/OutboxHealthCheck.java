package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reports the outbox lag: how many events wait and how old the oldest is. A broker outage is survivable
 * (writes go on, events wait), so the check turns DOWN only when the lag exceeds {@code gongjian.outbox.max-lag}.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    OutboxHealthCheck(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)
                        FROM outbox_event WHERE sent_at IS NULL""")) {
            result.next();
            long pending = result.getLong(1);
            long lagSeconds = (long) result.getDouble(2);
            return response.status(lagSeconds <= config.maxLag().toSeconds())
                    .withData("pending", pending)
                    .withData("lagSeconds", lagSeconds)
                    .withData("maxLagSeconds", config.maxLag().toSeconds())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
