package org.gongjian.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.domain.Channel;
import org.gongjian.notification.domain.NoticeType;

/**
 * {@code gongjian_notification_notices_total{type}} (inbox notices written) and
 * {@code gongjian_notification_deliveries_total{channel,outcome}} (sent, retry, dead).
 */
@ApplicationScoped
public class NotificationMetrics {

    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void noticeWritten(NoticeType type) {
        registry.counter("gongjian_notification_notices", "type", type.name()).increment();
    }

    public void delivery(Channel channel, String outcome) {
        registry.counter("gongjian_notification_deliveries", "channel", channel.name(), "outcome", outcome).increment();
    }
}
