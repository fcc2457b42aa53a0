package org.gongjian.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.GongjianEvent;
import org.gongjian.messaging.IdempotentConsumer;
import org.gongjian.notification.service.EventHandler;

/**
 * The five topics this service listens to. Each record is applied once per consumer (IdempotentConsumer), and the
 * notices it writes are unique per event and recipient besides; an unreadable record goes to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class EventConsumers {

    private final IdempotentConsumer consumer;
    private final EventHandler handler;

    EventConsumers(IdempotentConsumer consumer, EventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("organizations")
    @Blocking
    public void organizations(ConsumerRecord<String, String> record) {
        consumer.apply("notification.organizations", record, GongjianEvent.class, handler::handle);
    }

    @Incoming("pairings")
    @Blocking
    public void pairings(ConsumerRecord<String, String> record) {
        consumer.apply("notification.pairings", record, GongjianEvent.class, handler::handle);
    }

    @Incoming("demands")
    @Blocking
    public void demands(ConsumerRecord<String, String> record) {
        consumer.apply("notification.demands", record, GongjianEvent.class, handler::handle);
    }

    @Incoming("activities")
    @Blocking
    public void activities(ConsumerRecord<String, String> record) {
        consumer.apply("notification.activities", record, GongjianEvent.class, handler::handle);
    }

    @Incoming("cadence")
    @Blocking
    public void cadence(ConsumerRecord<String, String> record) {
        consumer.apply("notification.cadence", record, GongjianEvent.class, handler::handle);
    }
}
